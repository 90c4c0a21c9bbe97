using Leads.Sdk.LeadExec.Models;

namespace Leads.Sdk.LeadExec;

/// <summary>
/// Settings of <see cref="LeadExecClient"/>: where the Lead Receiver is, the source's credentials, and the defaults
/// each call can override. <see cref="ToString"/> never prints the password or access token.
/// </summary>
public sealed class LeadExecClientOptions : LeadsClientOptions
{
    /// <summary>The documented host, <c>https://leads.leadexec.net/</c>.</summary>
    public static readonly Uri DefaultBaseAddress = new("https://leads.leadexec.net/");

    /// <summary>Creates options pointing at <see cref="DefaultBaseAddress"/>.</summary>
    public LeadExecClientOptions()
    {
        BaseAddress = DefaultBaseAddress;
    }

    /// <summary><c>vid</c>: your lead source identifier (required, positive).</summary>
    public int? VendorId { get; set; }

    /// <summary><c>lid</c>: your lead type identifier (required, positive).</summary>
    public int? LeadTypeId { get; set; }

    /// <summary><c>aid</c>: your campaign identifier (needed for PING and duplicate checks).</summary>
    public int? AffiliateId { get; set; }

    /// <summary><c>password</c>: the API password from your post documentation, if you were given one. Secret.</summary>
    public string? Password { get; set; }

    /// <summary>The Bearer access token, if your documentation requires one (sent as <c>authorization: Bearer …</c>). Secret.</summary>
    public string? AccessToken { get; set; }

    /// <summary>The body encoding used when a request does not choose one; JSON by default.</summary>
    public LeadExecEncoding DefaultEncoding { get; set; } = LeadExecEncoding.Json;

    /// <summary>The <c>[response_type]</c> used when a request does not choose one; JSON by default.</summary>
    public LeadExecResponseFormat ResponseFormat { get; set; } = LeadExecResponseFormat.Json;

    /// <summary><c>returnurl</c> sent with queued requests that do not set their own.</summary>
    public Uri? DefaultReturnUrl { get; set; }

    /// <summary>
    /// <c>source.sendDelay</c>: how long to delay sending each lead (JSON inserts) when a request does not set its own;
    /// 0 or more whole hours, as the doc's integer of hours. In configuration it is a <see cref="TimeSpan"/> text such as
    /// <c>02:00:00</c> (a bare <c>2</c> would mean two days).
    /// </summary>
    public TimeSpan? SendDelay { get; set; }

    /// <inheritdoc/>
    protected override void ValidateCore(ICollection<string> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        RequireNoControlCharacters(errors, Password, nameof(Password));
        RequireHeaderSafe(errors, AccessToken, nameof(AccessToken));
        if (VendorId is <= 0)
        {
            errors.Add($"{nameof(VendorId)} must be positive.");
        }

        if (LeadTypeId is <= 0)
        {
            errors.Add($"{nameof(LeadTypeId)} must be positive.");
        }

        if (AffiliateId is <= 0)
        {
            errors.Add($"{nameof(AffiliateId)} must be positive.");
        }

        if (SendDelay is { } delay && !Internal.WireDuration.IsWholeHours(delay))
        {
            errors.Add($"{nameof(SendDelay)} must be 0 or more whole hours: source.sendDelay is an integer of hours (was {delay}).");
        }

        if (DefaultReturnUrl is { IsAbsoluteUri: false })
        {
            errors.Add($"{nameof(DefaultReturnUrl)} must be an absolute URI.");
        }
    }

    /// <inheritdoc/>
    public override IEnumerable<string?> GetSecrets() => [Password, AccessToken];

    /// <inheritdoc/>
    public override string ToString()
        => $"LeadExecClientOptions {{ BaseAddress = {BaseAddress}, VendorId = {VendorId}, LeadTypeId = {LeadTypeId}, AffiliateId = {AffiliateId}, Password = {(Password is null ? "null" : "***")}, AccessToken = {(AccessToken is null ? "null" : "***")} }}";
}
