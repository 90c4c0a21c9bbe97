using System.Text.Json.Serialization;

namespace Leads.Sdk.LeadExec.Serialization;

/// <summary>One element of <c>leads</c>.</summary>
internal sealed class JsonLead
{
    [JsonPropertyName("properties")]
    public JsonLeadProperties Properties { get; init; } = new();

    // Insertion-ordered (nothing is removed from it), so fields go out in the order the caller gave them.
    [JsonPropertyName("fields")]
    public Dictionary<string, string> Fields { get; init; } = [];
}
