using System.Text;
using System.Text.Json;
using Leads.Sdk.Serialization;

namespace Leads.Sdk.Aimbase.Serialization;

/// <summary>
/// Reads a 201 body as JSON or XML by its first character rather than its Content-Type, and decodes XML as UTF-8 text
/// so a declaration that claims another encoding (a common XmlSerializer-to-StringWriter quirk) does not break it.
/// </summary>
internal static class AimbaseResponseParser
{
    /// <summary>Parses the UTF-8 body. JSON is read straight from the bytes; only XML is decoded to text.</summary>
    /// <exception cref="JsonException">Malformed JSON.</exception>
    /// <exception cref="System.Xml.XmlException">Malformed XML.</exception>
    /// <exception cref="FormatException">Neither JSON nor XML, or the wrong shape.</exception>
    public static AimbaseResponseDto Parse(ReadOnlySpan<byte> body)
    {
        var start = BodyStart.IndexIn(body);
        if (start < body.Length && body[start] is (byte)'{' or (byte)'[')
        {
            try
            {
                return Checked(ParseJson(body[start..]));
            }
            catch (Exception exception) when (exception is JsonException or InvalidOperationException)
            {
                // The text path decides (and reports); the client has already refused a body that is not UTF-8.
            }
        }

        // Decoded from the first character that is not white space or a byte order mark: "\uFEFF  <Leads>" is read too.
        return Parse(Encoding.UTF8.GetString(body[start..]));
    }

    private static AimbaseResponseDto Parse(string body)
    {
        var text = body[BodyStart.IndexIn(body)..].TrimEnd();
        if (text.Length == 0)
        {
            throw new FormatException("The body is empty.");
        }

        var response = text[0] switch
        {
            '<' => AimbaseXmlReader.Parse(text),
            '[' => new AimbaseResponseDto { LeadResponseRecords = JsonSerializer.Deserialize(text, AimbaseJsonContext.Default.ListAimbaseRecordDto) },
            '{' => JsonSerializer.Deserialize(text, AimbaseJsonContext.Default.AimbaseResponseDto) ?? throw new FormatException("The body is JSON null."),
            _ => throw new FormatException("The body is neither JSON nor XML."),
        };
        return Checked(response);
    }

    private static AimbaseResponseDto ParseJson(ReadOnlySpan<byte> json) => json[0] == (byte)'['
        ? new AimbaseResponseDto { LeadResponseRecords = JsonSerializer.Deserialize(json, AimbaseJsonContext.Default.ListAimbaseRecordDto) }
        : JsonSerializer.Deserialize(json, AimbaseJsonContext.Default.AimbaseResponseDto) ?? throw new FormatException("The body is JSON null.");

    // Something else that happens to parse (an HTML page, another API's JSON) must not read as "no records".
    private static AimbaseResponseDto Checked(AimbaseResponseDto response)
        => response.LeadResponseRecords is null && response.TopLevelError is null
            ? throw new FormatException("The body has neither LeadResponseRecords nor TopLevelError.")
            : response;
}
