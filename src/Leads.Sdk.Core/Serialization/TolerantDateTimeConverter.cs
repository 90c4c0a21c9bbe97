using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Leads.Sdk.Serialization;

/// <summary>
/// Reads a date-time sent in ISO 8601 or US format (see <see cref="TolerantDateTimeOffsetConverter.UsFormats"/>)
/// into a <see cref="DateTime"/>: a value with an offset becomes UTC, one without keeps
/// <see cref="DateTimeKind.Unspecified"/>. Writes ISO 8601 unless a subclass sets <see cref="WriteFormat"/>.
/// </summary>
public class TolerantDateTimeConverter : JsonConverter<DateTime>
{
    /// <summary>The format written, or <see langword="null"/> for ISO 8601 round-trip (<c>O</c>).</summary>
    protected virtual string? WriteFormat => null;

    /// <inheritdoc/>
    public override DateTime Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected a date string, got {reader.TokenType}.");
        }

        var text = reader.GetString();
        if (!TolerantDateTimeOffsetConverter.TryParse(text, TimeSpan.Zero, out var parsed))
        {
            throw new JsonException($"'{Excerpt.Of(text)}' is not a date in ISO 8601 or US format.");
        }

        return parsed.Offset == TimeSpan.Zero && !text!.TrimEnd().EndsWith('Z') && !text.Contains("+00", StringComparison.Ordinal)
            ? parsed.DateTime
            : parsed.UtcDateTime;
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, DateTime value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.ToString(WriteFormat ?? "O", CultureInfo.InvariantCulture));
    }
}
