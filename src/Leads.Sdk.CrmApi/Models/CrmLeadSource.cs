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

    /// <summary>An <c>ADVERTISEMENT</c> source.</summary>
    /// <param name="name">The advertisement's name.</param>
    public static CrmLeadSource Advertisement(string name) => Named(CrmLeadSourceType.Advertisement, name);

    /// <summary>A <c>WEBSITE</c> source.</summary>
    /// <param name="name">The website's name, for example its host.</param>
    public static CrmLeadSource Website(string name) => Named(CrmLeadSourceType.Website, name);

    /// <summary>An <c>OTHER</c> source.</summary>
    /// <param name="name">The source's name.</param>
    public static CrmLeadSource Other(string name) => Named(CrmLeadSourceType.Other, name);

    /// <summary>A <c>CUSTOM1</c> source.</summary>
    /// <param name="name">The source's name.</param>
    public static CrmLeadSource Custom1(string name) => Named(CrmLeadSourceType.Custom1, name);

    /// <summary>A <c>CUSTOM2</c> source.</summary>
    /// <param name="name">The source's name.</param>
    public static CrmLeadSource Custom2(string name) => Named(CrmLeadSourceType.Custom2, name);

    /// <summary>A <c>CUSTOM3</c> source.</summary>
    /// <param name="name">The source's name.</param>
    public static CrmLeadSource Custom3(string name) => Named(CrmLeadSourceType.Custom3, name);

    /// <summary>A <c>NOTIFICATIONS</c> source: the notification the lead came from.</summary>
    /// <param name="notification">The notification.</param>
    public static CrmLeadSource FromNotification(CrmEntityIdentifier notification)
        => new() { Type = CrmLeadSourceType.Notifications, Notification = notification };

    /// <summary>A <c>COMMUNICATIONS</c> source: the communication the lead came from.</summary>
    /// <param name="communication">The communication.</param>
    public static CrmLeadSource FromCommunication(CrmEntityIdentifier communication)
        => new() { Type = CrmLeadSourceType.Communications, Communication = communication };

    /// <summary>A <c>RECOMMENDED_BY_CONTACT</c> source: the contact who recommended the lead.</summary>
    /// <param name="contact">The recommending contact.</param>
    public static CrmLeadSource RecommendedBy(CrmContactInformationIdentifier contact)
        => new() { Type = CrmLeadSourceType.RecommendedByContact, RecommendedByContact = contact };

    /// <summary>A <c>RECOMMENDED_BY_EMPLOYEE</c> source: the employee (a CRM.COM user) who recommended the lead.</summary>
    /// <param name="employee">The recommending employee.</param>
    public static CrmLeadSource RecommendedBy(CrmUserIdentifier employee)
        => new() { Type = CrmLeadSourceType.RecommendedByEmployee, RecommendedByEmployee = employee };

    /// <summary>A <c>RECOMMENDED_BY_PARTNER</c> source: the partner, by its accounts receivable, who recommended the lead.</summary>
    /// <param name="partner">The recommending partner's accounts receivable.</param>
    public static CrmLeadSource RecommendedBy(CrmAccountsReceivableIdentifier partner)
        => new() { Type = CrmLeadSourceType.RecommendedByPartner, RecommendedByPartner = partner };
}
