using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Leads.Sdk.Serialization;

namespace Leads.Sdk.Aimbase.Serialization;

/// <summary>Writes <c>LeadDate</c> as ISO 8601 with its offset (see docs/decisions.md, Aimbase); reads ISO or US forms.</summary>
internal sealed class AimbaseLeadDateConverter : JsonConverter<DateTimeOffset?>
{
    public const string WireFormat = "yyyy-MM-dd'T'HH:mm:sszzz";

    public static string Format(DateTimeOffset value) => value.ToString(WireFormat, CultureInfo.InvariantCulture);

    public override DateTimeOffset? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        var text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        return TolerantDateTimeOffsetConverter.TryParse(text, TimeSpan.Zero, out var value)
            ? value
            : throw new JsonException("LeadDate is not a date.");
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset? value, JsonSerializerOptions options)
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
