using System.Text.Json.Serialization;

namespace Leads.Sdk.LeadExec.Serialization;

/// <summary>Source-generated JSON metadata for the request bodies (responses are read by <see cref="LeadExecResponseParser"/>).</summary>
[JsonSourceGenerationOptions(
    PropertyNameCaseInsensitive = true,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(JsonRequestBody))]
internal sealed partial class LeadExecJsonContext : JsonSerializerContext
{
}
