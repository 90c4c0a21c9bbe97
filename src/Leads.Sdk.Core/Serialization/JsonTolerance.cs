using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Leads.Sdk.Serialization;

/// <summary>Reading helpers for JSON shapes that vary between servers and releases.</summary>
public static class JsonTolerance
{
    /// <summary>Reads an object that may be wrapped in a one-element array; several elements are an error.</summary>
    /// <typeparam name="T">The object type.</typeparam>
    /// <param name="reader">The reader, positioned on the value.</param>
    /// <param name="typeInfo">The object's metadata from a source-generated context.</param>
    public static T? ReadObjectOrSingleElementArray<T>(ref Utf8JsonReader reader, JsonTypeInfo<T> typeInfo)
    {
        if (reader.TokenType == JsonTokenType.None)
        {
            reader.Read();
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            return JsonSerializer.Deserialize(ref reader, typeInfo);
        }

        T? result = default;
        var count = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            result = JsonSerializer.Deserialize(ref reader, typeInfo);
            count++;
        }

        return count switch
        {
            1 => result,
            0 => throw new JsonException($"Expected one {typeof(T).Name}, got an empty array."),
            _ => throw new JsonException($"Expected one {typeof(T).Name}, got an array of {count}."),
        };
    }

    /// <summary>Reads a whole UTF-8 document that holds an object, bare or in a one-element array.</summary>
    /// <typeparam name="T">The object type.</typeparam>
    /// <param name="utf8Json">The document.</param>
    /// <param name="typeInfo">The object's metadata from a source-generated context.</param>
    public static T? ReadObjectOrSingleElementArray<T>(ReadOnlySpan<byte> utf8Json, JsonTypeInfo<T> typeInfo)
    {
        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        return ReadObjectOrSingleElementArray(ref reader, typeInfo);
    }
}
