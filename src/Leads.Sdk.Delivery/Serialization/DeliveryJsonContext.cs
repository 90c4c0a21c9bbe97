using System.Text.Json.Serialization;

namespace Leads.Sdk.Delivery.Serialization;

/// <summary>Source-generated JSON metadata for what the outbox stores itself (AOT-safe).</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(LeadExecRequestRecord))]
[JsonSerializable(typeof(Dictionary<string, string>))]
internal sealed partial class DeliveryJsonContext : JsonSerializerContext
{
}
