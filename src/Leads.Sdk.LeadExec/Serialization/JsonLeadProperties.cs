using System.Text.Json.Serialization;

namespace Leads.Sdk.LeadExec.Serialization;

/// <summary><c>leads[].properties</c>; unset keys are left out, so PING and duplicate check send <c>{}</c>.</summary>
internal sealed class JsonLeadProperties
{
    [JsonPropertyName("reference")]
    public string? Reference { get; init; }

    [JsonPropertyName("noSell")]
    public bool? NoSell { get; init; }

    [JsonPropertyName("ivrNumber")]
    public string? IvrNumber { get; init; }

    [JsonPropertyName("callDuration")]
    public int? CallDuration { get; init; }

    [JsonPropertyName("callResult")]
    public string? CallResult { get; init; }

    [JsonPropertyName("callDate")]
    public string? CallDate { get; init; }

    [JsonPropertyName("leadUID")]
    public long? LeadUid { get; init; }

    [JsonPropertyName("processDelivery")]
    public bool? ProcessDelivery { get; init; }
}
