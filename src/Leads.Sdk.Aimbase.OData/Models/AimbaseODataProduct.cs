using System.Text.Json.Serialization;

namespace Leads.Sdk.Aimbase.OData.Models;

/// <summary>A product a lead is about, as expanded from a lead.</summary>
public sealed class AimbaseODataProduct : AimbaseODataEntity
{
    /// <summary>The product's Aimbase identifier.</summary>
    public int Id { get; init; }

    /// <summary>The product's name.</summary>
    public string? Name { get; init; }

    /// <summary>The manufacturer plant identifier.</summary>
    public int? ManufacturerPlantId { get; init; }

    /// <summary>The product type identifier.</summary>
    public int? ProductTypeId { get; init; }

    /// <summary>The SKU identifier.</summary>
    public int? SkuId { get; init; }

    /// <summary>The model.</summary>
    public string? Model { get; init; }

    /// <summary>The model year (0 when unknown).</summary>
    public int? ModelYear { get; init; }

    /// <summary>The product code.</summary>
    public string? Code { get; init; }

    /// <summary>The product code override.</summary>
    public string? CodeOverride { get; init; }

    /// <summary>The display order.</summary>
    public int? DisplayOrder { get; init; }

    /// <summary>Whether the product is active.</summary>
    public bool? IsActive { get; init; }

    /// <summary>The legacy product key.</summary>
    public string? LegacyProductKey { get; init; }

    /// <summary>The application context identifier.</summary>
    public int? ApplicationContextId { get; init; }

    /// <summary>The creation date.</summary>
    public DateTimeOffset? CreateDate { get; init; }

    /// <summary>The latest update date.</summary>
    public DateTimeOffset? UpdateDate { get; init; }

    /// <summary>The id of the account that created the product.</summary>
    public int? CreateAccountId { get; init; }

    /// <summary>The id of the account that last updated the product.</summary>
    public int? UpdateAccountId { get; init; }

    /// <summary>The legacy product identifier.</summary>
    public int? LegacyProductId { get; init; }

    /// <summary>The product category identifier.</summary>
    public int? ProductCategoryId { get; init; }

    /// <summary>The brand identifier.</summary>
    public int? BrandId { get; init; }

    /// <summary>The product category code, as sent (may be blank-padded).</summary>
    public string? ProductCategoryCode { get; init; }

    /// <summary>The product type code.</summary>
    public string? ProductTypeCode { get; init; }

    /// <summary>The brand code.</summary>
    public string? ProductBrandCode { get; init; }

    /// <summary>The manufacturer plant code.</summary>
    public string? ManufacturerPlantCode { get; init; }

    /// <summary>The SKU code.</summary>
    public string? SkuCode { get; init; }

    /// <summary>The application context code.</summary>
    public string? ApplicationContextCode { get; init; }

    /// <summary>Whether a dealer must carry the product to be shown by the locator.</summary>
    [JsonPropertyName("DealerMustCarryForLocator")]
    public bool? IsDealerCarryRequiredForLocator { get; init; }

    /// <summary>The brand, when expanded with <c>Product($expand=Brand)</c>.</summary>
    public AimbaseODataBrand? Brand { get; init; }

    /// <summary>The category, when expanded with <c>Product($expand=ProductCategory)</c>.</summary>
    public AimbaseODataProductCategory? ProductCategory { get; init; }
}
