using System.Text.Json;
using System.Text.Json.Serialization;
using Leads.Sdk.Serialization;

namespace Leads.Sdk.Aimbase.Serialization;

/// <summary>Writes a boolean as the documented <c>Y</c> / <c>N</c> (the <c>SendLead</c> field); reads any boolean form.</summary>
internal sealed class AimbaseYesNoConverter : JsonConverter<bool?>
{
    public static string Format(bool value) => value ? "Y" : "N";

    public override bool? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => reader.TokenType switch
        {
            JsonTokenType.Null => null,
            JsonTokenType.True => true,
            JsonTokenType.False => false,
            JsonTokenType.String when TolerantBooleanConverter.TryParse(reader.GetString(), out var value) => value,
            _ => throw new JsonException("Expected Y or N."),
        };

    public override void Write(Utf8JsonWriter writer, bool? value, JsonSerializerOptions options)
    {
        if (value is { } flag)
        {
            writer.WriteStringValue(Format(flag));
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}
