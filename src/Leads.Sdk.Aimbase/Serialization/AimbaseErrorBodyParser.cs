using System.Text.Json;
using Leads.Sdk.Http;
using Leads.Sdk.Serialization;

namespace Leads.Sdk.Aimbase.Serialization;

/// <summary>
/// Finds the error message of a 400/401/500 body. The doc only says the 400 body "will contain an error message", so
/// this reads the forms such a server sends: the response envelope's <c>TopLevelError</c>, an ASP.NET
/// <c>{"Message": …}</c>, a JSON string, the same in XML, or plain text.
/// </summary>
internal static class AimbaseErrorBodyParser
{
    private static readonly string[] MessageNames = ["TopLevelError", "Message", "ExceptionMessage", "error_description", "error", "title"];
    private static readonly string[] CodeNames = ["ErrorCode", "Code"];

    public static ApiErrorBody Parse(string body, string? mediaType)
    {
        var text = body[BodyStart.IndexIn(body)..].TrimEnd();
        if (text.Length == 0 || (mediaType?.Contains("html", StringComparison.OrdinalIgnoreCase) ?? false))
        {
            return default;
        }

        return text[0] switch
        {
            '<' => FromXml(text),
            '{' => FromJsonObject(text),
            '"' => new ApiErrorBody(null, JsonSerializer.Deserialize(text, AimbaseJsonContext.Default.String)),
            _ => new ApiErrorBody(null, text.Length <= 512 ? text : text[..512] + "…"),
        };
    }

    private static ApiErrorBody FromJsonObject(string text)
    {
        using var document = JsonDocument.Parse(text);
        return new ApiErrorBody(Find(document.RootElement, CodeNames), Find(document.RootElement, MessageNames));

        static string? Find(JsonElement root, string[] names)
        {
            foreach (var name in names)
            {
                foreach (var property in root.EnumerateObject())
                {
                    if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase)
                        && property.Value.ValueKind is JsonValueKind.String or JsonValueKind.Number
                        && property.Value.ToString() is { Length: > 0 } value)
                    {
                        return value;
                    }
                }
            }

            return null;
        }
    }

    private static ApiErrorBody FromXml(string text)
    {
        var document = SafeXml.Parse(text);
        var elements = document.Descendants().ToList();
        return new ApiErrorBody(Find(CodeNames), Find(MessageNames));

        string? Find(string[] names) => names
            .Select(name => elements.FirstOrDefault(e => !e.HasElements && string.Equals(e.Name.LocalName, name, StringComparison.OrdinalIgnoreCase))?.Value.Trim())
            .FirstOrDefault(value => !string.IsNullOrEmpty(value));
    }
}
