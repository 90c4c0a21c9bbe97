using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Leads.Sdk.CrmApi.Serialization;

namespace Leads.Sdk.CrmApi.Internal;

/// <summary>
/// Builds a POST body with the token as its first member (doc: <c>token</c> is a body parameter), so the request
/// models never hold the token. The model is serialized once, straight after the cached <c>{"token":"…"</c>
/// prefix, and its opening brace becomes the separating comma: no second parse or copy of the body. One instance
/// per client; it is thread-safe.
/// </summary>
internal sealed class CrmRequestBody
{
    // Bodies above this are not kept in the per-thread buffer, so one large request does not pin its memory.
    private const int MaxRetainedBufferBytes = 16 * 1024;

    // The same escaping as the serializer options (CrmApiJsonContext.WithDateFormat): the body is JSON for an API.
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;

    // A token lives for an hour or so, so its encoded prefix is built once per login, not once per call.
    private volatile TokenPrefix? _prefix;

    public ByteArrayContent Create<T>(T value, JsonTypeInfo<T> typeInfo, string token)
    {
        var prefix = PrefixFor(token);
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(512);
        var writer = t_writer ??= new Utf8JsonWriter(buffer, WriterOptions);
        try
        {
            buffer.Write(prefix);
            writer.Reset(buffer);
            JsonSerializer.Serialize(writer, value, typeInfo);
            var body = ToBody(buffer.WrittenSpan, prefix.Length);
            var content = new ByteArrayContent(body);

            // Stored unparsed (the same header value a MediaTypeHeaderValue would print), parsed only if someone reads it.
            content.Headers.TryAddWithoutValidation("Content-Type", "application/json; charset=utf-8");
            return content;
        }
        finally
        {
            buffer.ResetWrittenCount();
            if (buffer.Capacity > MaxRetainedBufferBytes)
            {
                t_buffer = null;
                t_writer = null;
            }
        }
    }

    // written = prefix + the serialized object; the object's "{" becomes "," (or is dropped when the object is empty).
    private static byte[] ToBody(ReadOnlySpan<byte> written, int prefixLength)
    {
        var serialized = written[prefixLength..];
        if (serialized.Length < 2 || serialized[0] != (byte)'{')
        {
            throw new InvalidOperationException("The request did not serialize to a JSON object.");
        }

        if (serialized.Length == 2)
        {
            var empty = new byte[prefixLength + 1];
            written[..prefixLength].CopyTo(empty);
            empty[^1] = (byte)'}';
            return empty;
        }

        var body = written.ToArray();
        body[prefixLength] = (byte)',';
        return body;
    }

    private byte[] PrefixFor(string token)
    {
        var prefix = _prefix;
        if (prefix is null || !string.Equals(prefix.Token, token, StringComparison.Ordinal))
        {
            prefix = new TokenPrefix(token, EncodePrefix(token));
            _prefix = prefix;
        }

        return prefix.Bytes;
    }

    // {"token":"…"  — without the closing brace; the serialized model supplies the rest.
    private static byte[] EncodePrefix(string token)
    {
        var buffer = new ArrayBufferWriter<byte>(token.Length + 16);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteString(CrmApiWireNames.Token, token);
            writer.Flush();
        }

        return buffer.WrittenSpan.ToArray();
    }

    private sealed record TokenPrefix(string Token, byte[] Bytes);
}
