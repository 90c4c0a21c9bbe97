using System.Text.Json.Serialization;

namespace Leads.Sdk.Benchmarks.CrmApi;

/// <summary>The leads/create body and the CRM.COM envelope as a user would declare them by hand.</summary>
internal sealed class BaselineCreateBody
{
    public required string Token { get; init; }

    public required string Importance { get; init; }

    public required string Priority { get; init; }

    public required BaselineIdentifier TypeIdentifier { get; init; }

    public required BaselineIdentifier ContactInformationIdentifier { get; init; }

    public required BaselineSource Source { get; init; }
}

internal sealed class BaselineIdentifier
{
    public string? Id { get; init; }

    public string? Name { get; init; }
}

internal sealed class BaselineSource
{
    public required string Type { get; init; }

    public string? Name { get; init; }
}

internal sealed class BaselineEnvelope
{
    public BaselineStatus? Status { get; init; }

    public BaselineLeadData? Data { get; init; }
}

internal sealed class BaselineStatus
{
    public string? Code { get; init; }

    public string? Message { get; init; }
}

internal sealed class BaselineLeadData
{
    public string? Id { get; init; }

    public string? Number { get; init; }

    public string? LifeCycleState { get; init; }
}

internal sealed class BaselineLoginBody
{
    public required string Username { get; init; }

    public required string Password { get; init; }

    public required string Organisation { get; init; }
}

internal sealed class BaselineTokenEnvelope
{
    public BaselineStatus? Status { get; init; }

    public BaselineTokenData? Data { get; init; }
}

internal sealed class BaselineTokenData
{
    public string? Token { get; init; }
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(BaselineCreateBody))]
[JsonSerializable(typeof(BaselineEnvelope))]
[JsonSerializable(typeof(BaselineLoginBody))]
[JsonSerializable(typeof(BaselineTokenEnvelope))]
internal sealed partial class BaselineCrmJsonContext : JsonSerializerContext;
