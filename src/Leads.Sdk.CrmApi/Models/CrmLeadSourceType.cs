namespace Leads.Sdk.CrmApi.Models;

/// <summary>Where a lead came from (CRM.COM lead source type; inferred from CRM.COM API v2 conventions, see docs/decisions.md).</summary>
public enum CrmLeadSourceType
{
    /// <summary><c>ADVERTISEMENT</c>; a name is required.</summary>
    Advertisement = 1,

    /// <summary><c>NOTIFICATIONS</c>.</summary>
    Notifications,

    /// <summary><c>COMMUNICATIONS</c>.</summary>
    Communications,

    /// <summary><c>RECOMMENDED_BY_CONTACT</c>.</summary>
    RecommendedByContact,

    /// <summary><c>RECOMMENDED_BY_EMPLOYEE</c>.</summary>
    RecommendedByEmployee,

    /// <summary><c>RECOMMENDED_BY_PARTNER</c>.</summary>
    RecommendedByPartner,

    /// <summary><c>WEBSITE</c>; a name is required.</summary>
    Website,

    /// <summary><c>OTHER</c>; a name is required.</summary>
    Other,

    /// <summary><c>CUSTOM1</c>; a name is required.</summary>
    Custom1,

    /// <summary><c>CUSTOM2</c>; a name is required.</summary>
    Custom2,

    /// <summary><c>CUSTOM3</c>; a name is required.</summary>
    Custom3,
}
