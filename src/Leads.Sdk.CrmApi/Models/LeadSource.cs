using System.Text.Json.Serialization;
using Leads.Sdk.CrmApi.Serialization;

namespace Leads.Sdk.CrmApi.Models;

/// <summary>
/// Where the lead came from (doc: Lead Source, mandatory). The shape is inferred from CRM.COM API v2 conventions:
/// a type, a name for the free-text types, and the source entity for the others (see docs/decisions.md).
/// </summary>
public sealed class LeadSource
{
    /// <summary>The kind of source (<c>type</c>); required.</summary>
    [JsonPropertyName(CrmApiWireNames.SourceType)]
    public LeadSourceType? Type { get; set; }

    /// <summary>The source's name (<c>name</c>); required for ADVERTISEMENT, WEBSITE, OTHER and CUSTOM1–3.</summary>
    [JsonPropertyName(CrmApiWireNames.SourceName)]
    public string? Name { get; set; }

    /// <summary>The notification the lead came from, for <see cref="LeadSourceType.Notifications"/>.</summary>
    [JsonPropertyName(CrmApiWireNames.SourceNotificationsIdentifier)]
    public EntityIdentifier? Notification { get; set; }

    /// <summary>The communication the lead came from, for <see cref="LeadSourceType.Communications"/>.</summary>
    [JsonPropertyName(CrmApiWireNames.SourceCommunicationsIdentifier)]
    public EntityIdentifier? Communication { get; set; }

    /// <summary>The recommending contact, for <see cref="LeadSourceType.RecommendedByContact"/>.</summary>
    [JsonPropertyName(CrmApiWireNames.SourceRecommendedByContactIdentifier)]
    public ContactInformationIdentifier? RecommendedByContact { get; set; }

    /// <summary>The recommending employee, for <see cref="LeadSourceType.RecommendedByEmployee"/>.</summary>
    [JsonPropertyName(CrmApiWireNames.SourceRecommendedByEmployeeIdentifier)]
    public UserIdentifier? RecommendedByEmployee { get; set; }

    /// <summary>The recommending partner's accounts receivable, for <see cref="LeadSourceType.RecommendedByPartner"/>.</summary>
    [JsonPropertyName(CrmApiWireNames.SourceRecommendedByPartnerIdentifier)]
    public AccountsReceivableIdentifier? RecommendedByPartner { get; set; }

    /// <summary>A source of a free-text type (ADVERTISEMENT, WEBSITE, OTHER, CUSTOM1–3) with its name.</summary>
    /// <param name="type">The type.</param>
    /// <param name="name">The source's name.</param>
    public static LeadSource Named(LeadSourceType type, string name) => new() { Type = type, Name = name };
}
