using System.Text.Json;

namespace Leads.Sdk.LeadExec.Serialization;

/// <summary>A JSON object of a response, read with <see cref="JsonDocument"/>.</summary>
internal sealed class JsonElementNode : ResponseNode
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    // Each name decoded once, in body order; duplicated names are all kept, so the last can win and UnreadFields sees each.
    private readonly List<(string Name, JsonElement Value)> _properties = [];

    // The names looked up so far (any case), so UnreadFields can return the rest.
    private readonly HashSet<string> _asked = new(StringComparer.OrdinalIgnoreCase);

    private JsonElementNode(JsonElement element)
    {
        foreach (var property in element.EnumerateObject())
        {
            _properties.Add((property.Name, property.Value));
        }
    }

    /// <summary>Parses a document holding one object, bare or in a one-element array, and maps it with <paramref name="state"/>.</summary>
    /// <exception cref="JsonException">The body is not JSON.</exception>
    /// <exception cref="FormatException">The JSON is not one object.</exception>
    public static T Map<T, TState>(ReadOnlyMemory<byte> utf8Json, TState state, Func<ResponseNode, TState, T> map)
    {
        // JsonDocument refuses a byte order mark, which a server may put before the body.
        if (utf8Json.Span.StartsWith("\uFEFF"u8))
        {
            utf8Json = utf8Json[3..];
        }

        using var document = JsonDocument.Parse(utf8Json, DocumentOptions);
        var root = document.RootElement;
        if (root.ValueKind == JsonValueKind.Array)
        {
            var count = root.GetArrayLength();
            if (count != 1)
            {
                throw new FormatException($"Expected one response object, got an array of {count}.");
            }

            root = root[0];
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException($"Expected a JSON object, got {root.ValueKind}.");
        }

        return map(new JsonElementNode(root), state);
    }

    public override string? Text(params ReadOnlySpan<string> names)
    {
        // Every spelling of the field is known, so none of them is an additional field.
        foreach (var name in names)
        {
            _asked.Add(name);
        }

        foreach (var name in names)
        {
            if (Find(name) is not { } value)
            {
                continue;
            }

            var text = value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
                JsonValueKind.Null => null,
                _ => throw new FormatException($"'{name}' is a JSON {value.ValueKind}, not a value."),
            };
            if (!string.IsNullOrEmpty(text))
            {
                return text;
            }
        }

        return null;
    }

    public override ResponseNode? Child(string name)
        => Find(name) is { ValueKind: JsonValueKind.Object } value ? new JsonElementNode(value) : null;

    public override IReadOnlyList<ResponseNode> Items(string name)
    {
        if (Find(name) is not { } value || value.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        // A single object where a list is expected is read as a one-element list; non-objects in a list are skipped.
        return value.ValueKind switch
        {
            JsonValueKind.Array => [.. value.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.Object).Select(e => new JsonElementNode(e))],
            JsonValueKind.Object => [new JsonElementNode(value)],
            _ => throw new FormatException($"'{name}' is a JSON {value.ValueKind}, not a list."),
        };
    }

    public override IReadOnlyDictionary<string, JsonElement> UnreadFields()
    {
        Dictionary<string, JsonElement>? unread = null;
        foreach (var (name, value) in _properties)
        {
            if (!_asked.Contains(name))
            {
                // Cloned: the document is returned to its pool once the response is mapped. As Find reads names, the last one wins.
                (unread ??= new(StringComparer.Ordinal))[name] = value.Clone();
            }
        }

        return unread ?? NoFields;
    }

    private JsonElement? Find(string name)
    {
        _asked.Add(name);
        JsonElement? match = null;
        foreach (var (key, value) in _properties)
        {
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase))
            {
                // With duplicated keys the last one wins, as in most JSON readers.
                match = value;
            }
        }

        return match;
    }
}
