using System.Text.Json.Serialization;
using Leads.Sdk.Aimbase.Models;

namespace Leads.Sdk.Benchmarks.Aimbase;

/// <summary>What a user would declare by hand: the response DTOs.</summary>
internal sealed record BaselineAimbaseResponse(string? TopLevelError, List<BaselineAimbaseRecord>? LeadResponseRecords);

internal sealed record BaselineAimbaseRecord(string? LeadApiIdentifier, string? Id, string? Status, string? StatusMessage, List<BaselineAimbaseMessage>? Messages);

internal sealed record BaselineAimbaseMessage(string? Field, string? Message);

[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(List<AimbaseLead>))]
[JsonSerializable(typeof(BaselineAimbaseResponse))]
internal sealed partial class BaselineAimbaseJsonContext : JsonSerializerContext;
