using System.Text.Json;
using System.Text.Json.Serialization;

namespace Leads.Sdk.Serialization;

/// <summary>
/// Reads a boolean sent as <c>true</c>, <c>"true"</c>, <c>"True"</c>, <c>1</c>, <c>"1"</c>, <c>"Y"</c> or <c>"yes"</c>
/// (and the false forms); writes a JSON boolean.
/// </summary>
internal sealed class TolerantBooleanConverter : JsonConverter<bool>
{
    /// <inheritdoc/>
    public override bool Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.True:
                return true;
            case JsonTokenType.False:
                return false;
            case JsonTokenType.Number when reader.TryGetInt64(out var number) && number is 0 or 1:
                return number == 1;
            case JsonTokenType.String:
                var text = reader.GetString();
                if (TryParse(text, out var value))
                {
                    return value;
                }

                throw new JsonException($"'{Excerpt.Of(text)}' is not a boolean.");
            default:
                throw new JsonException($"Expected a boolean, got {reader.TokenType}.");
        }
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, bool value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteBooleanValue(value);
    }

    /// <summary>Parses the textual forms of a boolean that these APIs send.</summary>
    /// <param name="text">The text.</param>
    /// <param name="value">The parsed value.</param>
    public static bool TryParse(string? text, out bool value)
    {
        switch (text?.Trim().ToUpperInvariant())
        {
            case "TRUE" or "1" or "Y" or "YES":
                value = true;
                return true;
            case "FALSE" or "0" or "N" or "NO":
                value = false;
                return true;
            default:
                value = false;
                return false;
        }
    }
}
