using Leads.Sdk.CrmApi.Models;
using Leads.Sdk.Serialization;

namespace Leads.Sdk.CrmApi.Serialization;

/// <summary>The lead source type literals (CRM.COM conventions).</summary>
internal sealed class LeadSourceTypeConverter() : TolerantEnumConverter<LeadSourceType>(
    null,
    (LeadSourceType.Advertisement, "ADVERTISEMENT"),
    (LeadSourceType.Notifications, "NOTIFICATIONS"),
    (LeadSourceType.Communications, "COMMUNICATIONS"),
    (LeadSourceType.RecommendedByContact, "RECOMMENDED_BY_CONTACT"),
    (LeadSourceType.RecommendedByEmployee, "RECOMMENDED_BY_EMPLOYEE"),
    (LeadSourceType.RecommendedByPartner, "RECOMMENDED_BY_PARTNER"),
    (LeadSourceType.Website, "WEBSITE"),
    (LeadSourceType.Other, "OTHER"),
    (LeadSourceType.Custom1, "CUSTOM1"),
    (LeadSourceType.Custom2, "CUSTOM2"),
    (LeadSourceType.Custom3, "CUSTOM3"));
