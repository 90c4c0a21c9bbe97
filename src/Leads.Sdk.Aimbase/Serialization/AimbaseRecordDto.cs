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
}
