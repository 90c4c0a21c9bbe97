using System.Runtime.InteropServices;
using System.Text.Json;
using System.Xml;
using System.Xml.Linq;
using Leads.Sdk.Serialization;

namespace Leads.Sdk.LeadExec.Serialization;

/// <summary>An XML element of a response; namespaces are ignored.</summary>
internal sealed class XmlResponseNode(XElement element) : ResponseNode
{
    // The names looked up so far (any case), so UnreadFields can return the rest.
    private readonly HashSet<string> _asked = new(StringComparer.OrdinalIgnoreCase);

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
        // Every spelling of the field is known, so none of them is an additional field.
        foreach (var name in names)
        {
            _asked.Add(name);
        }

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

    public override IReadOnlyDictionary<string, JsonElement> UnreadFields()
    {
        Dictionary<string, JsonElement>? unread = null;
        foreach (var child in element.Elements())
        {
            if (!_asked.Contains(child.Name.LocalName))
            {
                // As Find reads names: the last element of a name wins.
                (unread ??= new(StringComparer.Ordinal))[child.Name.LocalName] = StringElement(child.Value);
            }
        }

        return unread ?? NoFields;
    }

    private XElement? Find(string name)
    {
        _asked.Add(name);
        return element.Elements().LastOrDefault(e => string.Equals(e.Name.LocalName, name, StringComparison.OrdinalIgnoreCase));
    }
}
