namespace Leads.Sdk.CrmApi.Models;

/// <summary>The importance of a lead (doc: Lead Importance). Sent as the documented literal, for example <c>IMPORTANCE1</c>.</summary>
public enum CrmLeadImportance
{
    /// <summary><c>IMPORTANCE1</c>.</summary>
    Importance1 = 1,

    /// <summary><c>IMPORTANCE2</c>.</summary>
    Importance2,

    /// <summary><c>IMPORTANCE3</c>.</summary>
    Importance3,

    /// <summary><c>IMPORTANCE4</c>.</summary>
    Importance4,

    /// <summary><c>IMPORTANCE5</c>.</summary>
    Importance5,

    /// <summary><c>CUSTOM1</c>.</summary>
    Custom1,

    /// <summary><c>CUSTOM2</c>.</summary>
    Custom2,

    /// <summary><c>CUSTOM3</c>.</summary>
    Custom3,
}
