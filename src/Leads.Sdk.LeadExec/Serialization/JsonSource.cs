using System.Text.Json.Serialization;

namespace Leads.Sdk.LeadExec.Serialization;

/// <summary><c>source</c>, in the doc's key order; unset keys are left out.</summary>
internal sealed class JsonSource
{
    [JsonPropertyName("vid")]
    public int? Vid { get; init; }

    [JsonPropertyName("aid")]
    public int? Aid { get; init; }

    [JsonPropertyName("lid")]
    public int? Lid { get; init; }

    [JsonPropertyName("password")]
    public string? Password { get; init; }

    [JsonPropertyName("sendDelay")]
    public int? SendDelay { get; init; }

    [JsonPropertyName("returnURL")]
    public string? ReturnUrl { get; init; }
}
