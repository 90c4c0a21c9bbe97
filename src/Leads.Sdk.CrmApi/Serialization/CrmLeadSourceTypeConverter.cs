using Leads.Sdk.CrmApi.Models;
using Leads.Sdk.Serialization;

namespace Leads.Sdk.CrmApi.Serialization;

/// <summary>The lead source type literals (CRM.COM conventions).</summary>
internal sealed class CrmLeadSourceTypeConverter() : TolerantEnumConverter<CrmLeadSourceType>(
    null,
    (CrmLeadSourceType.Advertisement, "ADVERTISEMENT"),
    (CrmLeadSourceType.Notifications, "NOTIFICATIONS"),
    (CrmLeadSourceType.Communications, "COMMUNICATIONS"),
    (CrmLeadSourceType.RecommendedByContact, "RECOMMENDED_BY_CONTACT"),
    (CrmLeadSourceType.RecommendedByEmployee, "RECOMMENDED_BY_EMPLOYEE"),
    (CrmLeadSourceType.RecommendedByPartner, "RECOMMENDED_BY_PARTNER"),
    (CrmLeadSourceType.Website, "WEBSITE"),
    (CrmLeadSourceType.Other, "OTHER"),
    (CrmLeadSourceType.Custom1, "CUSTOM1"),
    (CrmLeadSourceType.Custom2, "CUSTOM2"),
    (CrmLeadSourceType.Custom3, "CUSTOM3"));
