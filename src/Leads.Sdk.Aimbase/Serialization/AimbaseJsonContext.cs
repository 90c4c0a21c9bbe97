using System.Text.Json.Serialization;
using Leads.Sdk.Aimbase.Models;

namespace Leads.Sdk.Aimbase.Serialization;

/// <summary>Source-generated JSON metadata: requests written with the doc's names and nulls left out; responses read tolerantly.</summary>
[JsonSourceGenerationOptions(
    PropertyNameCaseInsensitive = true,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip,
    AllowTrailingCommas = true)]
[JsonSerializable(typeof(List<AimbaseLead>))]
[JsonSerializable(typeof(AimbaseLead))]
[JsonSerializable(typeof(AimbaseResponseDto))]
[JsonSerializable(typeof(List<AimbaseRecordDto>))]
[JsonSerializable(typeof(string))]
internal sealed partial class AimbaseJsonContext : JsonSerializerContext
{
}
