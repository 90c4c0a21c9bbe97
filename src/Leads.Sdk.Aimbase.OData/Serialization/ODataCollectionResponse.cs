using System.Text.Json.Serialization;

namespace Leads.Sdk.Aimbase.OData.Serialization;

/// <summary>One page of a collection in any of the forms OData servers send (V4 <c>@odata.*</c>, 4.01 <c>@*</c>, V3 <c>odata.*</c>).</summary>
/// <typeparam name="T">The item type.</typeparam>
internal sealed class ODataCollectionResponse<T> : ODataCountResponse
{
    public List<T?>? Value { get; set; }

    [JsonPropertyName("@odata.nextLink")]
    public string? ODataNextLink { get; set; }

    [JsonPropertyName("@nextLink")]
    public string? NextLink { get; set; }

    [JsonPropertyName("odata.nextLink")]
    public string? LegacyNextLink { get; set; }

    public string? EffectiveNextLink => ODataNextLink ?? NextLink ?? LegacyNextLink;
}
