using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Leads.Sdk.Aimbase.Serialization;

/// <summary>Writes a date as the documented <c>yyyy-MM-dd</c>; reads that or a US <c>M/d/yyyy</c> date.</summary>
internal sealed class AimbaseDateOnlyConverter : JsonConverter<DateOnly?>
{
    public const string WireFormat = "yyyy-MM-dd";

    private static readonly string[] ReadFormats = [WireFormat, "M/d/yyyy", "yyyy-MM-dd'T'HH:mm:ss", "M/d/yyyy h:mm:ss tt"];

    public static string Format(DateOnly value) => value.ToString(WireFormat, CultureInfo.InvariantCulture);

    public override DateOnly? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        var text = reader.TokenType == JsonTokenType.String ? reader.GetString()?.Trim() : null;
        return DateTime.TryParseExact(text, ReadFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var value)
            ? DateOnly.FromDateTime(value)
            : throw new JsonException("The value is not a yyyy-MM-dd date.");
    }

    public override void Write(Utf8JsonWriter writer, DateOnly? value, JsonSerializerOptions options)
    {
        if (value is { } date)
        {
            writer.WriteStringValue(Format(date));
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}
