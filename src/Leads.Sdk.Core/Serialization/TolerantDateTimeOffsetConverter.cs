using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Leads.Sdk.Serialization;

/// <summary>
/// Reads a date sent in ISO 8601 (with or without offset) or in US format (<c>M/d/yyyy h:mm:ss tt</c>,
/// <c>M/d/yyyy H:mm:ss</c>, <c>M/d/yyyy</c>); a value without an offset is taken to be at
/// <see cref="AssumedOffset"/> (UTC unless a subclass says otherwise). Writes ISO 8601 with offset
/// unless a subclass sets <see cref="WriteFormat"/>.
/// </summary>
internal class TolerantDateTimeOffsetConverter : JsonConverter<DateTimeOffset>
{
    /// <summary>The US formats these servers use, tried after ISO 8601.</summary>
    public static readonly string[] UsFormats =
    [
        "M/d/yyyy h:mm:ss tt", "M/d/yyyy h:mm tt", "M/d/yyyy H:mm:ss", "M/d/yyyy H:mm", "M/d/yyyy",
    ];

    /// <summary>The offset assumed for a value that has none.</summary>
    protected virtual TimeSpan AssumedOffset => TimeSpan.Zero;

    /// <summary>The format written, or <see langword="null"/> for ISO 8601 round-trip (<c>O</c>).</summary>
    protected virtual string? WriteFormat => null;

    /// <summary>Parses any of the accepted forms.</summary>
    /// <param name="text">The text.</param>
    /// <param name="assumedOffset">The offset of a value without one.</param>
    /// <param name="value">The parsed value.</param>
    public static bool TryParse(string? text, TimeSpan assumedOffset, out DateTimeOffset value)
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        text = text.Trim();
        const DateTimeStyles Styles = DateTimeStyles.AllowWhiteSpaces;
        DateTime local;
        if (HasOffset(text))
        {
            return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, Styles, out value);
        }

        if (!DateTime.TryParseExact(text, UsFormats, CultureInfo.InvariantCulture, Styles, out local)
            && !DateTime.TryParse(text, CultureInfo.InvariantCulture, Styles, out local))
        {
            return false;
        }

        value = new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), assumedOffset);
        return true;
    }

    /// <inheritdoc/>
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected a date string, got {reader.TokenType}.");
        }

        // The common case, ISO 8601 with an explicit offset, is parsed from the UTF-8 bytes: no string, no culture parsing.
        if (!reader.ValueIsEscaped && !reader.HasValueSequence && HasExplicitOffset(reader.ValueSpan) && reader.TryGetDateTimeOffset(out var iso))
        {
            return iso;
        }

        var text = reader.GetString();
        return TryParse(text, AssumedOffset, out var value)
            ? value
            : throw new JsonException($"'{Excerpt.Of(text)}' is not a date in ISO 8601 or US format.");
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.ToString(WriteFormat ?? "O", CultureInfo.InvariantCulture));
    }

    private static bool HasExplicitOffset(ReadOnlySpan<byte> utf8)
        => utf8.Length > 16 && utf8[10] == (byte)'T' && (utf8[^1] == (byte)'Z' || (utf8[^6] is (byte)'+' or (byte)'-' && utf8[^3] == (byte)':'));

    private static bool HasOffset(string text)
    {
        if (text.EndsWith('Z') || text.EndsWith('z'))
        {
            return true;
        }

        // An offset is a sign after the time part: "...T10:00:00+05:30" or "2024-01-02 -05:00".
        var timeStart = text.IndexOfAny(['T', ' ']);
        return timeStart > 0 && text.AsSpan(timeStart).IndexOfAny('+', '-') >= 0;
    }
}
