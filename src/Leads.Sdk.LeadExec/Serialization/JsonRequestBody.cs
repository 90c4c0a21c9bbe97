using System.Text.Json.Serialization;

namespace Leads.Sdk.LeadExec.Serialization;

/// <summary>The JSON request shape the doc shows: <c>{"source":{…},"leads":[{"properties":{…},"fields":{…}}]}</c>.</summary>
internal sealed class JsonRequestBody
{
    [JsonPropertyName("source")]
    public required JsonSource Source { get; init; }

    [JsonPropertyName("leads")]
    public required IReadOnlyList<JsonLead> Leads { get; init; }
}
