using System.Text.Json;
using System.Text.Json.Serialization;

namespace Leads.Sdk.Aimbase.OData.Serialization;

/// <summary>An OData error body: V4 <c>{"error":{"code","message"}}</c> or V3 <c>{"odata.error":{"code","message":{"value"}}}</c>.</summary>
internal sealed class ODataErrorResponse
{
    public ODataErrorDetail? Error { get; set; }

    [JsonPropertyName("odata.error")]
    public ODataErrorDetail? LegacyError { get; set; }
}

/// <summary>The error's code and message; the message is a string (V4) or <c>{"lang","value"}</c> (V3).</summary>
internal sealed class ODataErrorDetail
{
    public string? Code { get; set; }

    public JsonElement Message { get; set; }

    public string? MessageText => Message.ValueKind switch
    {
        JsonValueKind.String => Message.GetString(),
        JsonValueKind.Object when Message.TryGetProperty("value", out var value) && value.ValueKind == JsonValueKind.String => value.GetString(),
        JsonValueKind.Undefined or JsonValueKind.Null => null,
        _ => Message.GetRawText(),
    };
}
