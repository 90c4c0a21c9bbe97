using System.Text.Json.Serialization;

namespace Leads.Sdk.CrmApi.Serialization;

/// <summary>The envelope's status: <c>code</c> is <c>OK</c> on success, else an open set of exception keys.</summary>
internal sealed class CrmStatus
{
    [JsonPropertyName("code")]
    public string? Code { get; set; }

    [JsonPropertyName("message")]
    public string? Message { get; set; }

    [JsonPropertyName("description")]
    public string? Description { get; set; }
}
