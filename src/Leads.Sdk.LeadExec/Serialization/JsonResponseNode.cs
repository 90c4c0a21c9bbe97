using System.Buffers;
using System.Text;
using System.Text.Json;

namespace Leads.Sdk.LeadExec.Serialization;

/// <summary>
/// A JSON object of a response, indexed in one <see cref="Utf8JsonReader"/> pass: each property's name and value are
/// kept as offsets into the body, so looking a name up allocates nothing and only the values read become strings.
/// </summary>
internal sealed class JsonResponseNode : ResponseNode, IDisposable
{
    private static readonly JsonReaderOptions ReaderOptions = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    private readonly ReadOnlyMemory<byte> _json;
    private readonly bool _pooled;
    private Entry[] _entries;
    private int _count;

    // Which entries a lookup matched (allocated at the first lookup), so UnreadFields can return the rest.
    private bool[]? _asked;

    private JsonResponseNode(ReadOnlyMemory<byte> json, Entry[] entries, bool pooled)
    {
        _json = json;
        _entries = entries;
        _pooled = pooled;
    }

    /// <summary>Parses a document holding one object, bare or in a one-element array, and maps it.</summary>
    public static T Map<T>(ReadOnlyMemory<byte> utf8Json, Func<ResponseNode, T> map)
        => Map(utf8Json, map, static (node, map) => map(node));

    /// <summary>Parses a document holding one object, bare or in a one-element array, and maps it with <paramref name="state"/>.</summary>
    public static T Map<T, TState>(ReadOnlyMemory<byte> utf8Json, TState state, Func<ResponseNode, TState, T> map)
    {
        if (utf8Json.Span.StartsWith("\uFEFF"u8))
        {
            utf8Json = utf8Json[3..];
        }

        // One pass: the object is indexed as it is read, and the rest of the document is still checked.
        var reader = new Utf8JsonReader(utf8Json.Span, ReaderOptions);
        JsonResponseNode? node = null;
        try
        {
            var root = Next(ref reader);
            if (root == JsonTokenType.StartObject)
            {
                node = Index(utf8Json, ref reader, pooled: true);
            }
            else if (root == JsonTokenType.StartArray)
            {
                var count = 0;
                var kind = JsonTokenType.None;
                while (Next(ref reader) != JsonTokenType.EndArray)
                {
                    if (count++ == 0)
                    {
                        kind = reader.TokenType;
                        if (kind == JsonTokenType.StartObject)
                        {
                            node = Index(utf8Json, ref reader, pooled: true);
                            continue;
                        }
                    }

                    reader.Skip();
                }

                if (count != 1)
                {
                    throw new FormatException($"Expected one response object, got an array of {count}.");
                }

                if (kind != JsonTokenType.StartObject)
                {
                    throw new FormatException($"Expected a JSON object, got {KindName(kind)}.");
                }
            }
            else
            {
                throw new FormatException($"Expected a JSON object, got {KindName(root)}.");
            }

            // Anything after the root value is malformed JSON; the reader throws on it.
            if (reader.Read())
            {
                throw new JsonException($"Unexpected {reader.TokenType} after the response.");
            }

            return map(node!, state);
        }
        finally
        {
            node?.Dispose();
        }
    }

    public override string? Text(params ReadOnlySpan<string> names)
    {
        for (var i = 0; i < names.Length; i++)
        {
            var name = names[i];
            if (!TryFind(name, out var entry))
            {
                continue;
            }

            var text = entry.Kind switch
            {
                JsonTokenType.String => entry.ValueLength == 0 ? null : Decode(entry),
                JsonTokenType.Number => Encoding.UTF8.GetString(Value(entry)),
                JsonTokenType.True => "true",
                JsonTokenType.False => "false",
                JsonTokenType.Null => null,
                _ => throw new FormatException($"'{name}' is a JSON {KindName(entry.Kind)}, not a value."),
            };
            if (!string.IsNullOrEmpty(text))
            {
                // The other spellings of this field are known too, so none of them is an additional field.
                foreach (var other in names[(i + 1)..])
                {
                    TryFind(other, out _);
                }

                return text;
            }
        }

        return null;
    }

    public override ResponseNode? Child(string name)
        => TryFind(name, out var entry) && entry.Kind == JsonTokenType.StartObject ? Index(_json.Slice(entry.ValueStart, entry.ValueLength), pooled: false) : null;

    /// <summary>
    /// The UTF-8 text of <paramref name="name"/>'s value when it is a JSON number, so it can be parsed without becoming a
    /// string first; <see langword="false"/> for any other kind (read those through <see cref="Text"/>).
    /// </summary>
    public bool TryGetNumber(string name, out ReadOnlySpan<byte> utf8)
    {
        if (TryFind(name, out var entry) && entry.Kind == JsonTokenType.Number)
        {
            utf8 = Value(entry);
            return true;
        }

        utf8 = default;
        return false;
    }

    public override IReadOnlyList<ResponseNode> Items(string name)
    {
        if (!TryFind(name, out var entry) || entry.Kind == JsonTokenType.Null)
        {
            return [];
        }

        var value = _json.Slice(entry.ValueStart, entry.ValueLength);
        switch (entry.Kind)
        {
            case JsonTokenType.StartObject:
                return [Index(value, pooled: false)];
            case JsonTokenType.StartArray:
                // A single object where a list is expected is read as a one-element list; non-objects are skipped.
                var items = new List<ResponseNode>();
                var reader = new Utf8JsonReader(value.Span, ReaderOptions);
                Next(ref reader);
                while (Next(ref reader) != JsonTokenType.EndArray)
                {
                    var start = (int)reader.TokenStartIndex;
                    var isObject = reader.TokenType == JsonTokenType.StartObject;
                    reader.Skip();
                    if (isObject)
                    {
                        items.Add(Index(value[start..(int)reader.BytesConsumed], pooled: false));
                    }
                }

                return items;
            default:
                throw new FormatException($"'{name}' is a JSON {KindName(entry.Kind)}, not a list.");
        }
    }

    public override IReadOnlyDictionary<string, JsonElement> UnreadFields()
    {
        Dictionary<string, JsonElement>? unread = null;
        for (var i = 0; i < _count; i++)
        {
            if (_asked is not null && _asked[i])
            {
                continue;
            }

            var entry = _entries[i];
            var value = entry.Kind == JsonTokenType.String
                ? _json.Span.Slice(entry.ValueStart - 1, entry.ValueLength + 2)
                : _json.Span.Slice(entry.ValueStart, entry.ValueLength);
            var reader = new Utf8JsonReader(value, ReaderOptions);
            reader.Read();

            // With duplicated keys the last one wins, as in TryFind.
            (unread ??= new(StringComparer.Ordinal))[Name(entry)] = JsonElement.ParseValue(ref reader);
        }

        return unread ?? NoFields;
    }

    public void Dispose()
    {
        if (_pooled && _entries.Length > 0)
        {
            ArrayPool<Entry>.Shared.Return(_entries);
            _entries = [];
            _count = 0;
        }
    }

    /// <summary>Indexes the properties of the object that <paramref name="json"/> holds (already validated).</summary>
    private static JsonResponseNode Index(ReadOnlyMemory<byte> json, bool pooled)
    {
        var reader = new Utf8JsonReader(json.Span, ReaderOptions);
        Next(ref reader);
        return Index(json, ref reader, pooled);
    }

    /// <summary>Indexes the object the reader is on (offsets into <paramref name="json"/>), leaving the reader on its end.</summary>
    private static JsonResponseNode Index(ReadOnlyMemory<byte> json, ref Utf8JsonReader reader, bool pooled)
    {
        var node = new JsonResponseNode(json, pooled ? ArrayPool<Entry>.Shared.Rent(16) : new Entry[8], pooled);
        try
        {
            while (Next(ref reader) == JsonTokenType.PropertyName)
            {
                var nameStart = (int)reader.TokenStartIndex + 1;
                var nameLength = reader.ValueSpan.Length;

                // Decided once per property rather than on every lookup: a plain name is compared as it is.
                var nameKey = !reader.ValueIsEscaped && Ascii.IsValid(reader.ValueSpan) ? NameKey(reader.ValueSpan) : EscapedNameKey;
                var kind = Next(ref reader);
                var valueStart = (int)reader.TokenStartIndex;
                var valueEscaped = kind == JsonTokenType.String && reader.ValueIsEscaped;
                int valueLength;
                if (kind is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    reader.Skip();
                    valueLength = (int)reader.BytesConsumed - valueStart;
                }
                else
                {
                    valueStart += kind == JsonTokenType.String ? 1 : 0;
                    valueLength = reader.ValueSpan.Length;
                }

                node.Add(new Entry(nameStart, nameLength, nameKey, kind, valueEscaped, valueStart, valueLength));
            }

            return node;
        }
        catch
        {
            node.Dispose();
            throw;
        }
    }

    private static JsonTokenType Next(ref Utf8JsonReader reader)
        => reader.Read() ? reader.TokenType : throw new JsonException("The JSON ends early.");

    private static string KindName(JsonTokenType kind) => kind switch
    {
        JsonTokenType.StartObject => "Object",
        JsonTokenType.StartArray => "Array",
        JsonTokenType.String => "String",
        JsonTokenType.Number => "Number",
        JsonTokenType.True => "True",
        JsonTokenType.False => "False",
        JsonTokenType.Null => "Null",
        _ => kind.ToString(),
    };

    private void Add(Entry entry)
    {
        if (_count == _entries.Length)
        {
            var larger = _pooled ? ArrayPool<Entry>.Shared.Rent(_count * 2) : new Entry[_count * 2];
            _entries.AsSpan(0, _count).CopyTo(larger);
            if (_pooled)
            {
                ArrayPool<Entry>.Shared.Return(_entries);
            }

            _entries = larger;
        }

        _entries[_count++] = entry;
    }

    private bool TryFind(string name, out Entry match)
    {
        var found = false;
        match = default;
        var key = NameKey(name);
        var json = _json.Span;
        var entries = _entries.AsSpan(0, _count);
        for (var i = 0; i < entries.Length; i++)
        {
            ref readonly var entry = ref entries[i];

            // The key (length, first and last letter folded) rules out almost every other name without comparing it.
            if (entry.NameKey == key
                    ? Ascii.EqualsIgnoreCase(json.Slice(entry.NameStart, entry.NameLength), name)
                    : entry.NameKey == EscapedNameKey && EscapedNameEquals(json.Slice(entry.NameStart, entry.NameLength), name))
            {
                // With duplicated keys the last one wins, as in most JSON readers.
                match = entry;
                found = true;
                (_asked ??= new bool[_count])[i] = true;
            }
        }

        return found;
    }

    /// <summary>
    /// A plain (ASCII, unescaped) name's length with its first and last characters folded to lower case: names equal
    /// ignoring ASCII case have the same key. Never <see cref="EscapedNameKey"/>.
    /// </summary>
    private static int NameKey(ReadOnlySpan<byte> name)
        => name.IsEmpty ? 0 : (name.Length << 16) | ((name[0] | 0x20) << 8) | (name[^1] | 0x20);

    private static int NameKey(string name)
        => name.Length == 0 ? 0 : (name.Length << 16) | (((name[0] | 0x20) & 0xFF) << 8) | ((name[^1] | 0x20) & 0xFF);

    private static bool EscapedNameEquals(ReadOnlySpan<byte> rawName, string name)
    {
        // Escaped or non-ASCII names (rare): compare the decoded text.
        var reader = new Utf8JsonReader(Quoted(rawName), ReaderOptions);
        reader.Read();
        return string.Equals(reader.GetString(), name, StringComparison.OrdinalIgnoreCase);
    }

    private string Name(Entry entry)
    {
        var raw = _json.Span.Slice(entry.NameStart, entry.NameLength);
        if (entry.NameKey != EscapedNameKey)
        {
            return Encoding.UTF8.GetString(raw);
        }

        var reader = new Utf8JsonReader(Quoted(raw), ReaderOptions);
        reader.Read();
        return reader.GetString()!;
    }

    private ReadOnlySpan<byte> Value(Entry entry) => _json.Span.Slice(entry.ValueStart, entry.ValueLength);

    private string? Decode(Entry entry)
    {
        // Most values have no escapes: valid UTF-8 becomes the string directly, as the reader's GetString would make it.
        var raw = Value(entry);
        if (!entry.ValueEscaped && System.Text.Unicode.Utf8.IsValid(raw))
        {
            return Encoding.UTF8.GetString(raw);
        }

        // The quotes around the value are part of the body, so the reader can decode escapes and check the UTF-8.
        var reader = new Utf8JsonReader(_json.Span.Slice(entry.ValueStart - 1, entry.ValueLength + 2), ReaderOptions);
        reader.Read();
        return reader.GetString();
    }

    private static byte[] Quoted(ReadOnlySpan<byte> raw)
    {
        var quoted = new byte[raw.Length + 2];
        quoted[0] = (byte)'"';
        raw.CopyTo(quoted.AsSpan(1));
        quoted[^1] = (byte)'"';
        return quoted;
    }

    /// <summary>The key of a name that is escaped or not ASCII: compared by decoding it.</summary>
    private const int EscapedNameKey = -1;

    private readonly record struct Entry(int NameStart, int NameLength, int NameKey, JsonTokenType Kind, bool ValueEscaped, int ValueStart, int ValueLength);
}
