using System.Text.Json;
using System.Text.Json.Serialization;

namespace Leads.Sdk.Aimbase.Serialization;

/// <summary>The wire shape of a 201 (and of an error body that carries <c>TopLevelError</c>).</summary>
internal sealed class AimbaseResponseDto
{
    public string? TopLevelError { get; set; }

    public List<AimbaseRecordDto>? LeadResponseRecords { get; set; }

    /// <summary>The envelope's fields this model does not know: raw JSON values, or XML element text as JSON strings.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalFields { get; set; }
}
