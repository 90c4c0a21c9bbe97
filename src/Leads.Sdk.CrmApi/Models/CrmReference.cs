using System.Text.Json.Serialization;

namespace Leads.Sdk.CrmApi.Models;

/// <summary>A related entity as the server returns it (only the keys it sent are set).</summary>
public sealed class CrmReference
{
    /// <summary><c>id</c>.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    /// <summary><c>name</c>.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary><c>alternative_code</c>.</summary>
    [JsonPropertyName("alternative_code")]
    public string? AlternativeCode { get; init; }

    /// <summary><c>code</c>.</summary>
    [JsonPropertyName("code")]
    public string? Code { get; init; }

    /// <summary><c>number</c>.</summary>
    [JsonPropertyName("number")]
    public string? Number { get; init; }
}
