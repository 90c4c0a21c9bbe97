using System.Text.Json;
using System.Text.Json.Serialization;
using Leads.Sdk.Aimbase.OData.Serialization;

namespace Leads.Sdk.Aimbase.OData.Models;

/// <summary>A product brand, as expanded from a product.</summary>
public sealed class AimbaseODataBrand : IJsonOnDeserialized
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

    /// <summary>
    /// The properties the server sent that this model does not know, as raw JSON by their wire names: empty when there
    /// are none, never <see langword="null"/>. OData annotations such as <c>@odata.context</c> are left out.
    /// </summary>
    [JsonIgnore]
    public IReadOnlyDictionary<string, JsonElement> AdditionalFields => ExtensionData ?? ODataAdditionalFields.None;

    [JsonExtensionData]
    [JsonInclude]
    internal Dictionary<string, JsonElement>? ExtensionData { get; set; }

    void IJsonOnDeserialized.OnDeserialized() => ODataAdditionalFields.RemoveAnnotations(ExtensionData);
}
