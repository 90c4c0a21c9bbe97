using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Xml;

namespace Leads.Sdk.Serialization;

/// <summary>
/// Builds request bodies as buffered bytes, so a body can be re-sent by a retry and its length is known.
/// JSON goes through source-generated metadata only; XML through <see cref="XmlWriter"/>.
/// </summary>
internal static class LeadsHttpContent
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>A JSON body (<c>application/json; charset=utf-8</c>).</summary>
    /// <typeparam name="T">The body type.</typeparam>
    /// <param name="value">The body.</param>
    /// <param name="typeInfo">Its metadata from a source-generated context.</param>
    public static ByteArrayContent Json<T>(T value, JsonTypeInfo<T> typeInfo)
        => WithType(JsonSerializer.SerializeToUtf8Bytes(value, typeInfo), "application/json; charset=utf-8");

    /// <summary>A JSON body (<c>application/json; charset=utf-8</c>) written by <paramref name="write"/> with a <see cref="Utf8JsonWriter"/>.</summary>
    /// <typeparam name="TState">What <paramref name="write"/> writes from, so the callback need not capture it.</typeparam>
    /// <param name="state">Passed to <paramref name="write"/>.</param>
    /// <param name="write">Writes the whole document.</param>
    public static ByteArrayContent Json<TState>(TState state, Action<Utf8JsonWriter, TState> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            write(writer, state);
        }

        return WithType(buffer.WrittenSpan.ToArray(), "application/json; charset=utf-8");
    }

    /// <summary>An XML body (<c>application/xml; charset=utf-8</c>, no BOM) written by <paramref name="write"/>.</summary>
    /// <param name="write">Writes the document's content (the declaration is written for you).</param>
    public static ByteArrayContent Xml(Action<XmlWriter> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        using var buffer = new MemoryStream();
        // Entitize: a CR in a value must reach the server as written; a raw CR would be normalized away by its parser.
        var settings = new XmlWriterSettings { Encoding = Utf8NoBom, Indent = false, CheckCharacters = true, NewLineHandling = NewLineHandling.Entitize };
        using (var writer = XmlWriter.Create(buffer, settings))
        {
            writer.WriteStartDocument();
            write(writer);
            writer.WriteEndDocument();
        }

        return WithType(buffer.ToArray(), "application/xml; charset=utf-8");
    }

    /// <summary>A form body (<c>application/x-www-form-urlencoded</c>) encoded by <see cref="FormUrlEncoding"/>.</summary>
    /// <param name="pairs">The keys and values in wire order; null values are left out.</param>
    public static ByteArrayContent Form(IEnumerable<KeyValuePair<string, string?>> pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        return Form([.. pairs]);
    }

    /// <summary>A form body (<c>application/x-www-form-urlencoded</c>) encoded by <see cref="FormUrlEncoding"/>, written straight into its bytes.</summary>
    /// <param name="pairs">The keys and values in wire order; null values are left out.</param>
    public static ByteArrayContent Form(ReadOnlySpan<KeyValuePair<string, string?>> pairs)
        => WithType(FormUrlEncoding.EncodeToBytes(pairs), "application/x-www-form-urlencoded");

    /// <summary>A JSON body (<c>application/json; charset=utf-8</c>) that is already UTF-8 bytes, for callers that write it with a <see cref="Utf8JsonWriter"/>.</summary>
    /// <param name="utf8Json">The body; used as is, not copied.</param>
    public static ByteArrayContent Json(byte[] utf8Json)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        return WithType(utf8Json, "application/json; charset=utf-8");
    }

    private static ByteArrayContent WithType(byte[] bytes, string mediaType)
    {
        var content = new ByteArrayContent(bytes);

        // The header's text as is: parsed lazily if anyone reads ContentType, and sent without building a MediaTypeHeaderValue.
        content.Headers.TryAddWithoutValidation("Content-Type", mediaType);
        return content;
    }
}
