using System.Text.Json;
using System.Text.Json.Serialization;
using Leads.Sdk.Aimbase.OData.Serialization;

namespace Leads.Sdk.Aimbase.OData.Models;

/// <summary>What every entity read from the API has: the properties its model does not know.</summary>
public abstract class AimbaseODataEntity : IJsonOnDeserialized
{
    // Only this package's entities derive from it.
    private protected AimbaseODataEntity()
    {
    }

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
