using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Leads.Sdk.Serialization;

/// <summary>
/// Reads an enum from its wire name (case-insensitive), its member name, or its number (as a JSON number or a
/// numeric string); writes the wire name. Subclass it with a parameterless constructor that passes the documented
/// wire names, and put that subclass in a <see cref="JsonConverterAttribute"/>. Trim- and AOT-safe.
/// </summary>
/// <typeparam name="TEnum">The enum type.</typeparam>
internal class TolerantEnumConverter<TEnum> : JsonConverter<TEnum>
    where TEnum : struct, Enum
{
    private readonly Dictionary<string, TEnum> _byName = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<TEnum, string> _wireNames = [];
    private readonly TEnum? _unknownValue;
#if NET9_0_OR_GREATER
    private readonly Dictionary<string, TEnum>.AlternateLookup<ReadOnlySpan<char>> _byNameSpan;
#endif

    /// <summary>Creates a converter that writes member names and knows no other wire names.</summary>
    public TolerantEnumConverter()
        : this(null)
    {
    }

    /// <summary>Creates a converter.</summary>
    /// <param name="unknownValue">What to read for a value the enum does not know; when <see langword="null"/>, an unknown value is an error.</param>
    /// <param name="wireNames">The documented literal of each member whose literal differs from its name.</param>
    public TolerantEnumConverter(TEnum? unknownValue, params (TEnum Value, string WireName)[] wireNames)
    {
        _unknownValue = unknownValue;
        foreach (var name in Enum.GetNames<TEnum>())
        {
            _byName[name] = Enum.Parse<TEnum>(name);
        }

        foreach (var (value, wireName) in wireNames ?? [])
        {
            _byName[wireName] = value;
            _wireNames[value] = wireName;
        }

#if NET9_0_OR_GREATER
        _byNameSpan = _byName.GetAlternateLookup<ReadOnlySpan<char>>();
#endif
    }

    /// <summary>The wire literal of <paramref name="value"/>.</summary>
    /// <param name="value">The enum value.</param>
    public string ToWireName(TEnum value) => _wireNames.TryGetValue(value, out var wire) ? wire : value.ToString();

    /// <summary>Parses a wire literal, a member name or a number.</summary>
    /// <param name="text">The text.</param>
    /// <param name="value">The parsed value.</param>
    public bool TryParse(string? text, out TEnum value)
    {
        text = text?.Trim();
        if (!string.IsNullOrEmpty(text))
        {
            if (_byName.TryGetValue(text, out value))
            {
                return true;
            }

            if (long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) && FromNumber(number, out value))
            {
                return true;
            }
        }

        value = default;
        return false;
    }

    /// <inheritdoc/>
    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        TEnum value;
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var number))
        {
            if (FromNumber(number, out value))
            {
                return value;
            }
        }
        else if (reader.TokenType == JsonTokenType.String)
        {
#if NET9_0_OR_GREATER
            if (TryReadExactName(ref reader, out value))
            {
                return value;
            }
#endif
            var text = reader.GetString();
            if (TryParse(text, out value))
            {
                return value;
            }
        }
        else
        {
            throw new JsonException($"Expected a {typeof(TEnum).Name} name or number, got {reader.TokenType}.");
        }

        return _unknownValue ?? throw new JsonException($"The value is not a known {typeof(TEnum).Name}.");
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(ToWireName(value));
    }

#if NET9_0_OR_GREATER
    // The usual case, a literal exactly as listed, is looked up without allocating a string; anything else (escaped,
    // padded, numeric, unknown, long) returns false and takes the string path with its trimming and fallbacks.
    private bool TryReadExactName(ref Utf8JsonReader reader, out TEnum value)
    {
        const int MaxLength = 64;
        value = default;
        if (reader.HasValueSequence || reader.ValueIsEscaped || reader.ValueSpan.Length > MaxLength)
        {
            return false;
        }

        Span<char> chars = stackalloc char[MaxLength];
        return Encoding.UTF8.TryGetChars(reader.ValueSpan, chars, out var written) && _byNameSpan.TryGetValue(chars[..written], out value);
    }
#endif

    private static bool FromNumber(long number, out TEnum value)
    {
        foreach (var candidate in Enum.GetValues<TEnum>())
        {
            if (Convert.ToInt64(candidate, CultureInfo.InvariantCulture) == number)
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }
}
