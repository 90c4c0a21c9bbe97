using System.Runtime.InteropServices;
using System.Xml;
using System.Xml.Linq;
using Leads.Sdk.Serialization;

namespace Leads.Sdk.LeadExec.Serialization;

/// <summary>An XML element of a response; namespaces are ignored.</summary>
internal sealed class XmlResponseNode(XElement element) : ResponseNode
{
    /// <summary>Parses a UTF-8 body with the safe reader settings (no DTD, nothing resolved, size-capped).</summary>
    /// <exception cref="XmlException">The XML is malformed, has a DTD, or is too large.</exception>
    /// <exception cref="FormatException">The document has no root element.</exception>
    public static XmlResponseNode Parse(ReadOnlyMemory<byte> xml)
    {
        var settings = SafeXml.CreateReaderSettings();
        settings.Async = false;
        using var stream = MemoryMarshal.TryGetArray(xml, out var segment)
            ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(xml.ToArray(), writable: false);
        using var reader = XmlReader.Create(stream, settings);
        var document = XDocument.Load(reader);
        return new XmlResponseNode(document.Root ?? throw new FormatException("The XML has no root element."));
    }

    public override string? Text(params ReadOnlySpan<string> names)
    {
        foreach (var name in names)
        {
            var child = Find(name);
            if (child is null || child.HasElements)
            {
                continue;
            }

            var nil = child.Attributes().FirstOrDefault(a => a.Name.LocalName == "nil")?.Value;
            if (string.Equals(nil, "true", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var text = child.Value.Trim();
            if (text.Length > 0)
            {
                return text;
            }
        }

        return null;
    }

    public override ResponseNode? Child(string name) => Find(name) is { } child ? new XmlResponseNode(child) : null;

    public override IReadOnlyList<ResponseNode> Items(string name)
        => Find(name) is { } list ? [.. list.Elements().Select(e => new XmlResponseNode(e))] : [];

    private XElement? Find(string name)
        => element.Elements().LastOrDefault(e => string.Equals(e.Name.LocalName, name, StringComparison.OrdinalIgnoreCase));
}
