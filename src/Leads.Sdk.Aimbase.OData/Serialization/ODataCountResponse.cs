using System.Text.Json.Serialization;

namespace Leads.Sdk.Aimbase.OData.Serialization;

/// <summary>The count of a collection in any of the forms OData servers send (V4 <c>@odata.count</c>, 4.01 <c>@count</c>, V3 <c>odata.count</c>); read alone, the <c>value</c> array is skipped.</summary>
internal class ODataCountResponse
{
    [JsonPropertyName("@odata.count")]
    public long? ODataCount { get; set; }

    [JsonPropertyName("@count")]
    public long? Count { get; set; }

    [JsonPropertyName("odata.count")]
    public long? LegacyCount { get; set; }

    public long? EffectiveCount => ODataCount ?? Count ?? LegacyCount;
}
