namespace Leads.Sdk.Aimbase.Models;

/// <summary>An existing Aimbase product the lead should be assigned to (the doc's Product Data Schema).</summary>
public sealed class AimbaseProduct
{
    /// <summary>The product code. Required.</summary>
    public string? ProductCode { get; set; }

    /// <summary>The name of the product.</summary>
    public string? ProductName { get; set; }

    /// <summary>The model year of the product.</summary>
    public int? ProductModelYear { get; set; }

    /// <summary>
    /// The brand code of the product; when set, the lead's <see cref="AimbaseLead.Brands"/> are ignored. The
    /// doc's table marks it required while its text says "if a value is passed", so the client sends a product without it
    /// and reports the server's answer (see docs/decisions.md).
    /// </summary>
    public string? BrandCode { get; set; }

    /// <summary>The brand name of the product.</summary>
    public string? BrandName { get; set; }

    /// <summary>A copy (every field is a value), so a builder's leads do not share one.</summary>
    internal AimbaseProduct Copy() => (AimbaseProduct)MemberwiseClone();
}
