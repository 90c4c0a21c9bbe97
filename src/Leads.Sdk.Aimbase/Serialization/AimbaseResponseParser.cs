using System.Text;
using System.Text.Json;

namespace Leads.Sdk.Aimbase.Serialization;

/// <summary>
/// Reads a 201 body as JSON or XML by its first character rather than its Content-Type, and decodes XML as UTF-8 text
/// so a declaration that claims another encoding (a common XmlSerializer-to-StringWriter quirk) does not break it.
/// </summary>
internal static class AimbaseResponseParser
{
    /// <exception cref="JsonException">Malformed JSON.</exception>
    /// <exception cref="System.Xml.XmlException">Malformed XML.</exception>
    /// <exception cref="FormatException">Neither JSON nor XML, or the wrong shape.</exception>
    public static AimbaseResponseDto Parse(byte[] body)
    {
        var text = Encoding.UTF8.GetString(body).Trim().TrimStart('\uFEFF');
        if (text.Length == 0)
        {
            throw new FormatException("The body is empty.");
        }

        var response = text[0] switch
        {
            '<' => AimbaseXmlReader.Parse(Leads.Sdk.Serialization.SafeXml.Parse(text)),
            '[' => new AimbaseResponseDto { LeadResponseRecords = JsonSerializer.Deserialize(text, AimbaseJsonContext.Default.ListAimbaseRecordDto) },
            '{' => JsonSerializer.Deserialize(text, AimbaseJsonContext.Default.AimbaseResponseDto) ?? throw new FormatException("The body is JSON null."),
            _ => throw new FormatException("The body is neither JSON nor XML."),
        };

        // Something else that happens to parse (an HTML page, another API's JSON) must not read as "no records".
        return response.LeadResponseRecords is null && response.TopLevelError is null
            ? throw new FormatException("The body has neither LeadResponseRecords nor TopLevelError.")
            : response;
    }
}
