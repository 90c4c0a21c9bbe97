namespace Leads.Sdk.Aimbase.OData.Models;

/// <summary>A product brand, as expanded from a product.</summary>
public sealed class AimbaseODataBrand : AimbaseODataEntity
{
    /// <summary>The brand's identifier.</summary>
    public int Id { get; init; }

    /// <summary>The brand code.</summary>
    public string? Code { get; init; }

    /// <summary>The brand name.</summary>
    public string? Name { get; init; }

    /// <summary>Whether the brand is active.</summary>
    public bool? IsActive { get; init; }

    /// <summary>Whether this is the default brand.</summary>
    public bool? IsDefault { get; init; }

    /// <summary>The manufacturer code.</summary>
    public string? ManufacturerCode { get; init; }
}
