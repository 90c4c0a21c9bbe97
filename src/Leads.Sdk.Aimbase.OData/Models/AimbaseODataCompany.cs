namespace Leads.Sdk.Aimbase.OData.Models;

/// <summary>A company a prospect belongs to, as expanded with <c>Prospect($expand=Company)</c>. The doc shows no Company body, so only the fields every Aimbase entity has are typed; the rest are kept in <see cref="AimbaseODataEntity.AdditionalFields"/>.</summary>
public sealed class AimbaseODataCompany : AimbaseODataEntity
{
    /// <summary>The company's Aimbase identifier.</summary>
    public int Id { get; init; }

    /// <summary>An external system ID.</summary>
    public string? ExternalId { get; init; }

    /// <summary>The company name.</summary>
    public string? Name { get; init; }

    /// <summary>Whether the company is active.</summary>
    public bool? IsActive { get; init; }

    /// <summary>The creation date.</summary>
    public DateTimeOffset? CreateDate { get; init; }

    /// <summary>The latest update date.</summary>
    public DateTimeOffset? UpdateDate { get; init; }
}
