using System.Text.Json;

namespace Leads.Sdk.LeadExec.Serialization;

/// <summary>A JSON object of a response.</summary>
internal sealed class JsonResponseNode(JsonElement element) : ResponseNode
{
    /// <summary>Parses a document holding one object, bare or in a one-element array, and maps it.</summary>
    public static T Map<T>(byte[] utf8Json, Func<ResponseNode, T> map)
    {
        using var document = JsonDocument.Parse(utf8Json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
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

        return map(new JsonResponseNode(root));
    }

    public override string? Text(params string[] names)
    {
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
                JsonValueKind.Null or JsonValueKind.Undefined => null,
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
        => Find(name) is { ValueKind: JsonValueKind.Object } value ? new JsonResponseNode(value) : null;

    public override IEnumerable<ResponseNode> Items(string name)
    {
        if (Find(name) is not { } value || value.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        // A single object where a list is expected is read as a one-element list.
        return value.ValueKind switch
        {
            JsonValueKind.Array => [.. value.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.Object).Select(e => new JsonResponseNode(e))],
            JsonValueKind.Object => [new JsonResponseNode(value)],
            _ => throw new FormatException($"'{name}' is a JSON {value.ValueKind}, not a list."),
        };
    }

    private JsonElement? Find(string name)
    {
        JsonElement? match = null;
        foreach (var property in element.EnumerateObject())
        {
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                // With duplicated keys the last one wins, as in most JSON readers.
                match = property.Value;
            }
        }

        return match;
    }
}
