using System.Text.Json.Serialization;

namespace Leads.Sdk.Benchmarks.LeadExec;

/// <summary>The JSON insert body and PostResponse as a user would declare them by hand.</summary>
internal sealed class BaselineInsertBody
{
    [JsonPropertyName("source")]
    public required BaselineSource Source { get; init; }

    [JsonPropertyName("leads")]
    public required List<BaselineLead> Leads { get; init; }
}

internal sealed class BaselineSource
{
    [JsonPropertyName("vid")]
    public int Vid { get; init; }

    [JsonPropertyName("aid")]
    public int Aid { get; init; }

    [JsonPropertyName("lid")]
    public int Lid { get; init; }

    [JsonPropertyName("password")]
    public required string Password { get; init; }
}

internal sealed class BaselineLead
{
    [JsonPropertyName("properties")]
    public required BaselineLeadProperties Properties { get; init; }

    [JsonPropertyName("fields")]
    public required Dictionary<string, string> Fields { get; init; }
}

internal sealed class BaselineLeadProperties
{
    [JsonPropertyName("reference")]
    public string? Reference { get; init; }
}

internal sealed class BaselinePostResponse
{
    public string? PostID { get; init; }

    [JsonPropertyName("isValidPost")]
    public bool IsValidPost { get; init; }

    public string? ResponseType { get; init; }

    public string? ResponseDetails { get; init; }

    public long? LeadIdentifier { get; init; }

    public long? VendorAccountAssigned { get; init; }

    public bool? PendingQCReview { get; init; }

    public decimal? Price { get; init; }

    public string? RedirectURL { get; init; }

    public string? StatusURL { get; init; }
}

[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(BaselineInsertBody))]
[JsonSerializable(typeof(BaselinePostResponse))]
internal sealed partial class BaselineLeadExecJsonContext : JsonSerializerContext;
