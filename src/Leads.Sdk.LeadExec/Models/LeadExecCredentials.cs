namespace Leads.Sdk.LeadExec.Models;

/// <summary>
/// The source's identifiers and secrets, to override the configured ones for one call. A property left
/// <see langword="null"/> falls back to <see cref="LeadExecClientOptions"/>. <see cref="ToString"/> never prints secrets.
/// </summary>
public sealed class LeadExecCredentials
{
    /// <summary><c>vid</c>: your lead source identifier (required, positive).</summary>
    public int? VendorId { get; set; }

    /// <summary><c>lid</c>: your lead type identifier (required, positive).</summary>
    public int? LeadTypeId { get; set; }

    /// <summary><c>aid</c>: your campaign identifier (required for ping and duplicate check, optional for inserts).</summary>
    public int? AffiliateId { get; set; }

    /// <summary><c>password</c>: the API password from your post documentation (required if you were given one). Secret.</summary>
    public string? Password { get; set; }

    /// <summary>The Bearer access token sent as <c>authorization: Bearer …</c> (only if your documentation requires one). Secret.</summary>
    public string? AccessToken { get; set; }

    /// <inheritdoc/>
    public override string ToString()
        => $"LeadExecCredentials {{ VendorId = {VendorId}, LeadTypeId = {LeadTypeId}, AffiliateId = {AffiliateId}, Password = {(Password is null ? "null" : "***")}, AccessToken = {(AccessToken is null ? "null" : "***")} }}";
}
