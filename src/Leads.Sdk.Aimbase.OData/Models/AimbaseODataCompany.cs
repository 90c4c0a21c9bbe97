using System.Text.Json;
using System.Text.Json.Serialization;
using Leads.Sdk.Aimbase.OData.Serialization;

namespace Leads.Sdk.Aimbase.OData.Models;

/// <summary>A company a prospect belongs to, as expanded with <c>Prospect($expand=Company)</c>. The doc shows no Company body, so only the fields every Aimbase entity has are typed; the rest are kept in <see cref="AdditionalFields"/>.</summary>
public sealed class AimbaseODataCompany : IJsonOnDeserialized
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
