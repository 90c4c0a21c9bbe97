namespace Leads.Sdk.Aimbase.OData.Models;

/// <summary>A product category, as expanded from a product.</summary>
public sealed class AimbaseODataProductCategory : AimbaseODataEntity
{
    /// <summary>The category's identifier.</summary>
    public int Id { get; init; }

    /// <summary>The parent category's identifier.</summary>
    public int? ParentId { get; init; }

    /// <summary>The depth in the category tree.</summary>
    public int? Level { get; init; }

    /// <summary>The category name.</summary>
    public string? Name { get; init; }

    /// <summary>The category code.</summary>
    public string? Code { get; init; }

    /// <summary>The codes from the root, flattened.</summary>
    public string? FlattenedCode { get; init; }

    /// <summary>The names from the root, flattened.</summary>
    public string? FlattenedName { get; init; }

    /// <summary>The creation date.</summary>
    public DateTimeOffset? CreateDate { get; init; }

    /// <summary>The latest update date.</summary>
    public DateTimeOffset? UpdateDate { get; init; }
}
