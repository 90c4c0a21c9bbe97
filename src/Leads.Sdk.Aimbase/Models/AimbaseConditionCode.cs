namespace Leads.Sdk.Aimbase.Models;

/// <summary>Whether the product of a lead is new, used or a showroom unit; sent as <c>N</c>, <c>U</c> or <c>S</c>.</summary>
public enum AimbaseConditionCode
{
    /// <summary>New (<c>N</c>).</summary>
    New = 1,

    /// <summary>Used (<c>U</c>).</summary>
    Used = 2,

    /// <summary>Showroom (<c>S</c>).</summary>
    Showroom = 3,
}
