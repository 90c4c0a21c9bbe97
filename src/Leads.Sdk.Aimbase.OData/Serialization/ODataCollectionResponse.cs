using System.Text.Json.Serialization;

namespace Leads.Sdk.Aimbase.OData.Serialization;

/// <summary>One page of a collection in any of the forms OData servers send (V4 <c>@odata.*</c>, 4.01 <c>@*</c>, V3 <c>odata.*</c>).</summary>
/// <typeparam name="T">The item type.</typeparam>
internal sealed class ODataCollectionResponse<T>
{
    public List<T?>? Value { get; set; }

    [JsonPropertyName("@odata.nextLink")]
    public string? ODataNextLink { get; set; }

    [JsonPropertyName("@nextLink")]
    public string? NextLink { get; set; }

    [JsonPropertyName("odata.nextLink")]
    public string? LegacyNextLink { get; set; }

    [JsonPropertyName("@odata.count")]
    public long? ODataCount { get; set; }

    [JsonPropertyName("@count")]
    public long? Count { get; set; }

    [JsonPropertyName("odata.count")]
    public long? LegacyCount { get; set; }

    public string? EffectiveNextLink => ODataNextLink ?? NextLink ?? LegacyNextLink;

    public long? EffectiveCount => ODataCount ?? Count ?? LegacyCount;
}
