using Leads.Sdk.LeadExec.Models;

namespace Leads.Sdk.Delivery.Serialization;

/// <summary>
/// A <see cref="LeadExecCreateLeadRequest"/> as stored: every property, fields in their order. The credential secrets
/// (<c>Password</c>, <c>AccessToken</c>) have no place here: the outbox refuses to store them.
/// </summary>
internal sealed class LeadExecRequestRecord
{
    public string? Reference { get; set; }

    public bool? ShouldNotSell { get; set; }

    public string? IvrNumber { get; set; }

    public long? CallDurationTicks { get; set; }

    public string? CallResult { get; set; }

    /// <summary>Round-trip ("O") text, so the <see cref="DateTime.Kind"/> survives.</summary>
    public string? CallDate { get; set; }

    public bool HasLead { get; set; }

    public List<string[]> Fields { get; set; } = [];

    public LeadExecPostType PostType { get; set; }

    public LeadExecEncoding? Encoding { get; set; }

    public LeadExecResponseFormat? ResponseFormat { get; set; }

    public bool HasCredentials { get; set; }

    public int? VendorId { get; set; }

    public int? LeadTypeId { get; set; }

    public int? AffiliateId { get; set; }

    public string? OrderId { get; set; }

    public string? ReturnUrl { get; set; }

    public long? SendDelayTicks { get; set; }
}
