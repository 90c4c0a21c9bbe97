using System.Buffers;
using System.Net.Http.Headers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Leads.Sdk.CrmApi.Serialization;

namespace Leads.Sdk.CrmApi.Internal;

/// <summary>
/// Builds a POST body with the token as its first member (doc: <c>token</c> is a body parameter), so the request
/// models never hold the token. Built by hand rather than by LeadsHttpContent.Json because the token is merged in.
/// </summary>
internal static class CrmRequestBody
{
    public static ByteArrayContent Create<T>(T value, JsonTypeInfo<T> typeInfo, string token)
    {
        var serialized = JsonSerializer.SerializeToUtf8Bytes(value, typeInfo);
        using var document = JsonDocument.Parse(serialized);
        var buffer = new ArrayBufferWriter<byte>(serialized.Length + token.Length + 16);
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteString(CrmApiWireNames.Token, token);
            foreach (var property in document.RootElement.EnumerateObject())
            {
                property.WriteTo(writer);
            }

            writer.WriteEndObject();
        }

        var content = new ByteArrayContent(buffer.WrittenSpan.ToArray());
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        return content;
    }
}
