using System.Text.Json.Serialization;
using Leads.Sdk.CrmApi.Serialization;

namespace Leads.Sdk.CrmApi.Models;

/// <summary>
/// Where the lead came from (doc: Lead Source, mandatory). The shape is inferred from CRM.COM API v2 conventions:
/// a type, a name for the free-text types, and the source entity for the others (see docs/decisions.md).
/// </summary>
public sealed class CrmLeadSource
{
    /// <summary>The kind of source (<c>type</c>); required.</summary>
    [JsonPropertyName(CrmApiWireNames.SourceType)]
    public CrmLeadSourceType? Type { get; set; }

    /// <summary>The source's name (<c>name</c>); required for ADVERTISEMENT, WEBSITE, OTHER and CUSTOM1–3.</summary>
    [JsonPropertyName(CrmApiWireNames.SourceName)]
    public string? Name { get; set; }

    /// <summary>The notification the lead came from, for <see cref="CrmLeadSourceType.Notifications"/>.</summary>
    [JsonPropertyName(CrmApiWireNames.SourceNotificationsIdentifier)]
    public CrmEntityIdentifier? Notification { get; set; }

    /// <summary>The communication the lead came from, for <see cref="CrmLeadSourceType.Communications"/>.</summary>
    [JsonPropertyName(CrmApiWireNames.SourceCommunicationsIdentifier)]
    public CrmEntityIdentifier? Communication { get; set; }

    /// <summary>The recommending contact, for <see cref="CrmLeadSourceType.RecommendedByContact"/>.</summary>
    [JsonPropertyName(CrmApiWireNames.SourceRecommendedByContactIdentifier)]
    public CrmContactInformationIdentifier? RecommendedByContact { get; set; }

    /// <summary>The recommending employee, for <see cref="CrmLeadSourceType.RecommendedByEmployee"/>.</summary>
    [JsonPropertyName(CrmApiWireNames.SourceRecommendedByEmployeeIdentifier)]
    public CrmUserIdentifier? RecommendedByEmployee { get; set; }

    /// <summary>The recommending partner's accounts receivable, for <see cref="CrmLeadSourceType.RecommendedByPartner"/>.</summary>
    [JsonPropertyName(CrmApiWireNames.SourceRecommendedByPartnerIdentifier)]
    public CrmAccountsReceivableIdentifier? RecommendedByPartner { get; set; }

    /// <summary>A source of a free-text type (ADVERTISEMENT, WEBSITE, OTHER, CUSTOM1–3) with its name.</summary>
    /// <param name="type">The type.</param>
    /// <param name="name">The source's name.</param>
    public static CrmLeadSource Named(CrmLeadSourceType type, string name) => new() { Type = type, Name = name };
}
