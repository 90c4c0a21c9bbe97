using System.Text.Json;
using System.Text.Json.Serialization;

namespace Leads.Sdk.Aimbase.OData.Serialization;

/// <summary>
/// Reads <c>Customs</c> and <c>Metadata</c> (<c>"FieldName": "FieldValue"</c>) tolerantly: numbers and booleans
/// become their JSON text, nested objects and arrays their raw JSON, so an unexpected value never fails a page.
/// </summary>
internal sealed class CustomFieldsConverter : JsonConverter<IReadOnlyDictionary<string, string?>>
{
    public override IReadOnlyDictionary<string, string?>? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"Expected an object of custom fields, got {reader.TokenType}.");
        }

        var fields = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = reader.GetString()!;
            reader.Read();
            fields[name] = ReadValue(ref reader);
        }

        return fields;
    }

    public override void Write(Utf8JsonWriter writer, IReadOnlyDictionary<string, string?> value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        foreach (var (name, field) in value)
        {
            writer.WriteString(name, field);
        }

        writer.WriteEndObject();
    }

    private static string? ReadValue(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.String:
                return reader.GetString();
            case JsonTokenType.True:
                return bool.TrueString.ToLowerInvariant();
            case JsonTokenType.False:
                return bool.FalseString.ToLowerInvariant();
            default:
                using (var document = JsonDocument.ParseValue(ref reader))
                {
                    return document.RootElement.GetRawText();
                }
        }
    }
}
