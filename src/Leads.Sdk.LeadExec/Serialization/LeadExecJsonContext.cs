using System.Text.Json.Serialization;

namespace Leads.Sdk.LeadExec.Serialization;

/// <summary>
/// Source-generated JSON metadata for the request bodies' <c>source</c> and <c>properties</c> objects; the body around them and
/// its <c>fields</c> are written by <see cref="LeadExecRequestWriter"/>, and responses are read by <see cref="LeadExecResponseParser"/>.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNameCaseInsensitive = true,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(JsonSource))]
[JsonSerializable(typeof(JsonLeadProperties))]
internal sealed partial class LeadExecJsonContext : JsonSerializerContext
{
}
