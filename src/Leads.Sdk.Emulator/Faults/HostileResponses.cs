using System.Net;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using Microsoft.AspNetCore.Http;

namespace Leads.Sdk.Emulator.Faults;

/// <summary>Writes the answers of the hostile faults: <see cref="EmulatorFaultKind.EchoRequest"/>, <see cref="EmulatorFaultKind.CredentialInField"/> and <see cref="EmulatorFaultKind.InvalidUtf8"/>.</summary>
internal static class HostileResponses
{
    // How ASP.NET and Newtonsoft-based servers escape: only what JSON requires (quotes, backslashes, control characters).
    private static readonly JsonSerializerOptions ServerJson = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async Task WriteAsync(HttpContext context, RequestDelegate next, EmulatorFault fault, EmulatorRequest request)
    {
        if (fault.Kind == EmulatorFaultKind.EchoRequest)
        {
            var (body, contentType) = Echo(request, fault);
            context.Response.StatusCode = (int)fault.StatusCode;
            context.Response.ContentType = contentType;
            await context.Response.WriteAsync(body, context.RequestAborted).ConfigureAwait(false);
            return;
        }

        var original = context.Response.Body;
        byte[] answer;
        using (var captured = new MemoryStream())
        {
            context.Response.Body = captured;
            try
            {
                await next(context).ConfigureAwait(false);
            }
            finally
            {
                context.Response.Body = original;
            }

            answer = captured.ToArray();
        }

        var changed = fault.Kind == EmulatorFaultKind.InvalidUtf8
            ? WithInvalidByte(answer)
            : FindCredential(request, fault.Credential) is { } credential ? WithCredential(answer, fault.FieldName!, credential) : answer;
        context.Response.ContentLength = changed.Length;
        await original.WriteAsync(changed, context.RequestAborted).ConfigureAwait(false);
    }

    private static (string Body, string ContentType) Echo(EmulatorRequest request, EmulatorFault fault)
    {
        var raw = new StringBuilder()
            .Append(request.Method).Append(' ').Append(request.Path).Append(request.Query).Append(" HTTP/1.1\r\n");
        foreach (var (name, value) in request.Headers)
        {
            raw.Append(name).Append(": ").Append(value).Append("\r\n");
        }

        raw.Append("\r\n").Append(request.Body);
        var once = fault.EchoTemplate.Replace("{echo}", JsonSerializer.Serialize(raw.ToString(), ServerJson), StringComparison.Ordinal);
        return fault.EchoStyle switch
        {
            EmulatorEchoStyle.Raw => (raw.ToString(), "text/plain; charset=utf-8"),
            EmulatorEchoStyle.JsonEscaped => (once, "application/json; charset=utf-8"),
            _ => (fault.EchoTemplate.Replace("{echo}", JsonSerializer.Serialize(once, ServerJson), StringComparison.Ordinal), "application/json; charset=utf-8"),
        };
    }

    private static string? FindCredential(EmulatorRequest request, EmulatorCredential credential) => credential switch
    {
        EmulatorCredential.AuthorizationHeader => AfterScheme(request, "Authorization"),
        EmulatorCredential.AuthenticateHeader => AfterScheme(request, "Authenticate"),
        EmulatorCredential.Password => BodyValue(request.Body, "password"),
        EmulatorCredential.Token => BodyValue(request.Body, "token"),
        _ => AfterScheme(request, "Authorization") ?? AfterScheme(request, "Authenticate") ?? BodyValue(request.Body, "token") ?? BodyValue(request.Body, "password"),
    };

    private static string? AfterScheme(EmulatorRequest request, string header)
    {
        if (!request.Headers.TryGetValue(header, out var value))
        {
            return null;
        }

        var space = value.IndexOf(' ', StringComparison.Ordinal);
        return space < 0 ? value : value[(space + 1)..];
    }

    // The body as the client sent it: JSON, XML or a form.
    private static string? BodyValue(string body, string name)
    {
        var text = body.TrimStart();
        try
        {
            if (text.StartsWith('{') || text.StartsWith('['))
            {
                return FindJson(JsonNode.Parse(text), name);
            }

            if (text.StartsWith('<'))
            {
                var root = XDocument.Parse(text).Root;
                return root?.DescendantsAndSelf().SelectMany(e => e.Attributes()).FirstOrDefault(a => Is(a.Name.LocalName, name))?.Value
                    ?? root?.DescendantsAndSelf().FirstOrDefault(e => Is(e.Name.LocalName, name))?.Value;
            }
        }
        catch (Exception exception) when (exception is JsonException or System.Xml.XmlException)
        {
            return null;
        }

        foreach (var pair in text.Split('&'))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0 && Is(WebUtility.UrlDecode(pair[..equals]), name))
            {
                return WebUtility.UrlDecode(pair[(equals + 1)..]);
            }
        }

        return null;
    }

    private static string? FindJson(JsonNode? node, string name)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj)
                {
                    if (Is(key, name) && value is JsonValue leaf && leaf.TryGetValue<string>(out var text))
                    {
                        return text;
                    }
                }

                return obj.Select(p => FindJson(p.Value, name)).FirstOrDefault(v => v is not null);
            case JsonArray array:
                return array.Select(item => FindJson(item, name)).FirstOrDefault(v => v is not null);
            default:
                return null;
        }
    }

    // An answer that is neither JSON nor XML (an error page from the route) is left as it is.
    private static byte[] WithCredential(byte[] answer, string field, string credential)
    {
        try
        {
            return ReplaceField(answer, field, credential);
        }
        catch (Exception exception) when (exception is JsonException or System.Xml.XmlException or InvalidOperationException)
        {
            return answer;
        }
    }

    private static byte[] ReplaceField(byte[] answer, string field, string credential)
    {
        var text = Encoding.UTF8.GetString(answer).TrimStart('\uFEFF', ' ', '\r', '\n', '\t');
        if (text.StartsWith('<'))
        {
            var document = XDocument.Parse(text);
            var matches = document.Root!.DescendantsAndSelf().Where(e => Is(e.Name.LocalName, field)).ToList();
            if (matches.Count == 0)
            {
                document.Root.Add(new XElement(field, credential));
            }

            foreach (var element in matches)
            {
                element.Attributes().Where(a => a.Name.LocalName == "nil").Remove();
                element.Value = credential;
            }

            return Encoding.UTF8.GetBytes((document.Declaration?.ToString() ?? string.Empty) + document.Root.ToString(SaveOptions.DisableFormatting));
        }

        var root = JsonNode.Parse(text);
        if (field.Contains('.', StringComparison.Ordinal))
        {
            var parts = field.Split('.');
            var parent = root!.AsObject();
            foreach (var part in parts[..^1])
            {
                var key = parent.FirstOrDefault(p => Is(p.Key, part)).Key ?? part;
                if (parent[key] is not JsonObject child)
                {
                    child = [];
                    parent[key] = child;
                }

                parent = child;
            }

            parent[parent.FirstOrDefault(p => Is(p.Key, parts[^1])).Key ?? parts[^1]] = credential;
        }
        else if (!ReplaceJson(root, field, credential) && root is JsonObject top)
        {
            top[field] = credential;
        }

        return Encoding.UTF8.GetBytes(root!.ToJsonString(ServerJson));
    }

    private static bool ReplaceJson(JsonNode? node, string field, string credential)
    {
        var replaced = false;
        switch (node)
        {
            case JsonObject obj:
                foreach (var key in obj.Select(p => p.Key).ToList())
                {
                    if (Is(key, field))
                    {
                        obj[key] = credential;
                        replaced = true;
                    }
                    else
                    {
                        replaced |= ReplaceJson(obj[key], field, credential);
                    }
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    replaced |= ReplaceJson(item, field, credential);
                }

                break;
        }

        return replaced;
    }

    // At the start of the first string value ("name":"|value") or text node (<a>|text</a>), so a decoder that
    // replaces bad bytes would hand the client a value with U+FFFD in it rather than fail.
    private static byte[] WithInvalidByte(byte[] answer)
    {
        var at = FirstStringValue(answer) ?? FirstTextNode(answer) ?? 0;
        return [.. answer.AsSpan(0, at), 0xFF, .. answer.AsSpan(at)];
    }

    private static int? FirstStringValue(byte[] body)
    {
        for (var i = 0; i < body.Length; i++)
        {
            if (body[i] != (byte)':')
            {
                continue;
            }

            var j = i + 1;
            while (j < body.Length && body[j] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
            {
                j++;
            }

            if (j < body.Length && body[j] == (byte)'"')
            {
                return j + 1;
            }
        }

        return null;
    }

    private static int? FirstTextNode(byte[] body)
    {
        for (var i = 0; i + 1 < body.Length; i++)
        {
            if (body[i] == (byte)'>' && body[i + 1] is not ((byte)'<' or (byte)' ' or (byte)'\r' or (byte)'\n' or (byte)'\t'))
            {
                return i + 1;
            }
        }

        return null;
    }

    private static bool Is(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
