using System.Xml.Linq;

namespace Leads.Sdk.Aimbase.Serialization;

/// <summary>
/// Reads the documented XML response (<c>&lt;Leads&gt;&lt;Lead&gt;&lt;Id/&gt;&lt;Status/&gt;…&lt;/Lead&gt;&lt;/Leads&gt;</c>), matching element
/// names case-insensitively and ignoring namespaces; <c>xsi:nil</c> and empty elements read as null.
/// </summary>
internal static class AimbaseXmlReader
{
    private static readonly XNamespace Xsi = AimbaseXmlWriter.XsiNamespace;

    public static AimbaseResponseDto Parse(XDocument document)
    {
        var root = document.Root ?? throw new FormatException("The document has no root element.");
        if (!Is(root, "Leads") && !Is(root, "LeadResponse") && !Is(root, "Lead"))
        {
            throw new FormatException($"The root element is <{root.Name.LocalName}>, not <Leads>.");
        }

        var container = Child(root, "LeadResponseRecords") ?? root;
        var records = container.Elements()
            .Where(e => Is(e, "Lead") || Is(e, "LeadResponseRecord") || Is(e, "LeadResponse"))
            .Select(ReadRecord)
            .ToList();
        if (records.Count == 0 && Child(root, "Status") is not null)
        {
            // A single record without the <Leads> wrapper.
            records.Add(ReadRecord(root));
        }

        return new AimbaseResponseDto { TopLevelError = Text(Child(root, "TopLevelError")), LeadResponseRecords = records };
    }

    private static AimbaseRecordDto ReadRecord(XElement lead) => new()
    {
        LeadApiIdentifier = Text(Child(lead, "LeadApiIdentifier")),
        Id = Text(Child(lead, "Id")),
        Status = Text(Child(lead, "Status")),
        StatusMessage = Text(Child(lead, "StatusMessage")),
        Messages = Child(lead, "Messages")?.Elements()
            .Select(m => new AimbaseMessageDto { Field = Text(Child(m, "Field")), Message = Text(Child(m, "Message")) ?? (m.HasElements ? null : Text(m)) })
            .ToList(),
    };

    private static XElement? Child(XElement parent, string name) => parent.Elements().FirstOrDefault(e => Is(e, name));

    private static bool Is(XElement element, string name) => string.Equals(element.Name.LocalName, name, StringComparison.OrdinalIgnoreCase);

    private static string? Text(XElement? element)
    {
        if (element is null || string.Equals((string?)element.Attribute(Xsi + "nil"), "true", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var value = element.Value.Trim();
        return value.Length == 0 ? null : value;
    }
}
