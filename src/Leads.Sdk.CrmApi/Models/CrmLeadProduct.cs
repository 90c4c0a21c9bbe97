using System.Text.Json.Serialization;
using Leads.Sdk.CrmApi.Serialization;

namespace Leads.Sdk.CrmApi.Models;

/// <summary>
/// One product, service or physical good the lead was taken for: the element of <c>products_set</c>,
/// <c>services_set</c> and <c>physical_goods_set</c> (item shape from CRM.COM conventions, see docs/decisions.md).
/// </summary>
public sealed class CrmLeadProduct
{
    /// <summary>Creates an empty item.</summary>
    public CrmLeadProduct()
    {
    }

    /// <summary>Creates an item for a product.</summary>
    /// <param name="product">The product.</param>
    public CrmLeadProduct(CrmProductIdentifier product) => Product = product;

    /// <summary>The product (<c>product_identifier</c>); required.</summary>
    [JsonPropertyName(CrmApiWireNames.ProductIdentifier)]
    public CrmProductIdentifier? Product { get; set; }
}
