namespace Leads.Sdk.LeadExec.Models;

/// <summary>An insert (<c>POST /processor/insert/{type}/{response_type}</c>, or <c>…/async</c> when queued).</summary>
public sealed class LeadExecInsertRequest
{
    /// <summary>The lead to insert (required).</summary>
    public LeadExecLead? Lead { get; set; }

    /// <summary>The insert type (path segment); <see cref="LeadExecPostType.General"/> by default.</summary>
    public LeadExecPostType PostType { get; set; } = LeadExecPostType.General;

    /// <summary>The body encoding; <see cref="LeadExecOptions.DefaultEncoding"/> when <see langword="null"/>.</summary>
    public LeadExecEncoding? Encoding { get; set; }

    /// <summary>The <c>[response_type]</c> segment; <see cref="LeadExecOptions.ResponseFormat"/> when <see langword="null"/>.</summary>
    public LeadExecResponseFormat? ResponseFormat { get; set; }

    /// <summary>Overrides the configured credentials for this call; unset properties fall back to the options.</summary>
    public LeadExecCredentials? Credentials { get; set; }

    /// <summary><c>orderid</c>: the order ID from a PING, when one was sent first. Form encoding only (the only one that documents it).</summary>
    public string? OrderId { get; set; }

    /// <summary><c>returnurl</c>: called when queued processing completes; <see cref="LeadExecOptions.DefaultReturnUrl"/> when <see langword="null"/>. Sent on queued inserts only.</summary>
    public Uri? ReturnUrl { get; set; }

    /// <summary><c>source.sendDelay</c>: hours to delay sending the lead (0 or more); <see cref="LeadExecOptions.SendDelay"/> when <see langword="null"/>. JSON only.</summary>
    public int? SendDelay { get; set; }

    /// <inheritdoc/>
    public override string ToString() => $"LeadExecInsertRequest {{ PostType = {PostType}, Encoding = {Encoding}, Fields = {Lead?.Fields.Count ?? 0} }}";
}
