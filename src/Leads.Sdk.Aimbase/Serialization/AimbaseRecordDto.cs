using System.Text.Json;
using System.Text.Json.Serialization;

namespace Leads.Sdk.Aimbase.Serialization;

/// <summary>The wire shape of one lead's response record.</summary>
internal sealed class AimbaseRecordDto
{
    [JsonConverter(typeof(AimbaseStringOrNumberConverter))]
    public string? LeadApiIdentifier { get; set; }

    [JsonConverter(typeof(AimbaseStringOrNumberConverter))]
    public string? Id { get; set; }

    public string? Status { get; set; }

    public string? StatusMessage { get; set; }

    public List<AimbaseMessageDto>? Messages { get; set; }

    /// <summary>The record's fields this model does not know: raw JSON values, or XML element text as JSON strings.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalFields { get; set; }
}
