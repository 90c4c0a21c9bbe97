namespace Leads.Sdk.LeadExec.Models;

/// <summary>An insert (<c>POST /processor/insert/{type}/{response_type}</c>, or <c>…/async</c> when queued).</summary>
public sealed class LeadExecCreateLeadRequest
{
    /// <summary>The lead to insert (required).</summary>
    public LeadExecLead? Lead { get; set; }

    /// <summary>The insert type (path segment); <see cref="LeadExecPostType.General"/> by default.</summary>
    public LeadExecPostType PostType { get; set; } = LeadExecPostType.General;

    /// <summary>The body encoding; <see cref="LeadExecClientOptions.DefaultEncoding"/> when <see langword="null"/>.</summary>
    public LeadExecEncoding? Encoding { get; set; }

    /// <summary>The <c>[response_type]</c> segment; <see cref="LeadExecClientOptions.ResponseFormat"/> when <see langword="null"/>.</summary>
    public LeadExecResponseFormat? ResponseFormat { get; set; }

    /// <summary>Overrides the configured credentials for this call; unset properties fall back to the options.</summary>
    public LeadExecCredentials? Credentials { get; set; }

    /// <summary><c>orderid</c>: the order ID from a PING, when one was sent first. Form encoding only (the only one that documents it).</summary>
    public string? OrderId { get; set; }

    /// <summary><c>returnurl</c>: called when queued processing completes; <see cref="LeadExecClientOptions.DefaultReturnUrl"/> when <see langword="null"/>. Sent on queued inserts only.</summary>
    public Uri? ReturnUrl { get; set; }

    /// <summary>
    /// <c>source.sendDelay</c>: how long to delay sending the lead, sent as an integer of hours, so it must be 0 or more
    /// whole hours (<c>TimeSpan.FromHours(2)</c>; a fraction is a validation error, never rounded);
    /// <see cref="LeadExecClientOptions.SendDelay"/> when <see langword="null"/>. JSON only.
    /// </summary>
    public TimeSpan? SendDelay { get; set; }

    /// <inheritdoc/>
    public override string ToString() => $"LeadExecCreateLeadRequest {{ PostType = {PostType}, Encoding = {Encoding}, Fields = {Lead?.Fields.Count ?? 0} }}";
}
