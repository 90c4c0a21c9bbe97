using System.Text.Json.Serialization;
using Leads.Sdk.Aimbase.OData.Models;

namespace Leads.Sdk.Benchmarks.OData;

/// <summary>An OData collection page as a user would declare it by hand (reusing the SDK's entity shapes).</summary>
internal sealed class BaselineLeadPage
{
    [JsonPropertyName("value")]
    public List<AimbaseODataLead>? Value { get; init; }

    [JsonPropertyName("@odata.nextLink")]
    public string? NextLink { get; init; }
}

[JsonSourceGenerationOptions(PropertyNameCaseInsensitive = true)]
[JsonSerializable(typeof(BaselineLeadPage))]
internal sealed partial class BaselineODataJsonContext : JsonSerializerContext;
