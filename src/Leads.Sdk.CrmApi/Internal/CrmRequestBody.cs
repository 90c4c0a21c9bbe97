using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Leads.Sdk.CrmApi.Serialization;

namespace Leads.Sdk.CrmApi.Internal;

/// <summary>
/// Builds a POST body with the token as its first member (doc: <c>token</c> is a body parameter), so the request
/// models never hold the token. The model is serialized once, straight after the cached <c>{"token":"…"</c>
/// prefix, then the request's additional fields; the objects' members are joined after the prefix with commas: no
/// second parse of the body. One instance per client; it is thread-safe.
/// </summary>
internal sealed class CrmRequestBody
{
    // The same escaping as the serializer options (CrmApiJsonContext.WithDateFormat): the body is JSON for an API.
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    // A token lives for an hour or so, so its encoded prefix is built once per login, not once per call.
    private volatile TokenPrefix? _prefix;

    /// <summary>
    /// The body: the token, the model's members, then <paramref name="additionalFields"/> in their order (the caller
    /// has checked that none repeats a model name).
    /// </summary>
    public ByteArrayContent Create<T>(T value, JsonTypeInfo<T> typeInfo, string token, IDictionary<string, JsonNode?>? additionalFields = null)
    {
        var prefix = PrefixFor(token);
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            buffer.Write(prefix);
            writer.Reset(buffer);
            JsonSerializer.Serialize(writer, value, typeInfo);
            var modelEnd = buffer.WrittenCount;
            if (additionalFields is { Count: > 0 })
            {
                // Written as an object of their own with the same writer (same escaping), then spliced in after the model.
                writer.Reset(buffer);
                writer.WriteStartObject();
                foreach (var (name, node) in additionalFields)
                {
                    writer.WritePropertyName(name);
                    if (node is null)
                    {
                        writer.WriteNullValue();
                    }
                    else
                    {
                        node.WriteTo(writer, typeInfo.Options);
                    }
                }

                writer.WriteEndObject();
                writer.Flush();
            }

            var body = ToBody(buffer.WrittenSpan, prefix.Length, modelEnd);
            var content = new ByteArrayContent(body);

            // Stored unparsed (the same header value a MediaTypeHeaderValue would print), parsed only if someone reads it.
            content.Headers.TryAddWithoutValidation("Content-Type", "application/json; charset=utf-8");
            return content;
        }
    }

    // written = prefix + the serialized model + (optionally) the additional fields' object. The result is the prefix,
    // each object's members after a comma (an empty object adds nothing), and one closing brace.
    private static byte[] ToBody(ReadOnlySpan<byte> written, int prefixLength, int modelEnd)
    {
        var model = Members(written[prefixLength..modelEnd]);
        var additional = modelEnd == written.Length ? default : Members(written[modelEnd..]);
        var length = prefixLength + (model.IsEmpty ? 0 : model.Length + 1) + (additional.IsEmpty ? 0 : additional.Length + 1) + 1;
        var body = new byte[length];
        written[..prefixLength].CopyTo(body);
        var at = Append(body, prefixLength, model);
        at = Append(body, at, additional);
        body[at] = (byte)'}';
        return body;
    }

    private static int Append(byte[] body, int at, ReadOnlySpan<byte> members)
    {
        if (members.IsEmpty)
        {
            return at;
        }

        body[at] = (byte)',';
        members.CopyTo(body.AsSpan(at + 1));
        return at + 1 + members.Length;
    }

    // The members of a serialized object, without its braces.
    private static ReadOnlySpan<byte> Members(ReadOnlySpan<byte> serialized)
    {
        if (serialized.Length < 2 || serialized[0] != (byte)'{' || serialized[^1] != (byte)'}')
        {
            throw new InvalidOperationException("The request did not serialize to a JSON object.");
        }

        return serialized[1..^1];
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
