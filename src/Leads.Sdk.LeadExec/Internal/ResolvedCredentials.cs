using Leads.Sdk.LeadExec.Models;

namespace Leads.Sdk.LeadExec.Internal;

/// <summary>The credentials of one call: the request's overrides over the configured values.</summary>
internal readonly record struct ResolvedCredentials(int? VendorId, int? LeadTypeId, int? AffiliateId, string? Password, string? AccessToken)
{
    public static ResolvedCredentials From(LeadExecClientOptions options, LeadExecCredentials? overrides) => new(
        overrides?.VendorId ?? options.VendorId,
        overrides?.LeadTypeId ?? options.LeadTypeId,
        overrides?.AffiliateId ?? options.AffiliateId,
        overrides?.Password ?? options.Password,
        overrides?.AccessToken ?? options.AccessToken);

    public override string ToString() => $"ResolvedCredentials {{ VendorId = {VendorId}, LeadTypeId = {LeadTypeId}, AffiliateId = {AffiliateId} }}";
}
