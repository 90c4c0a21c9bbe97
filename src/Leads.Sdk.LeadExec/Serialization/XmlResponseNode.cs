using System.Xml.Linq;

namespace Leads.Sdk.LeadExec.Serialization;

/// <summary>An XML element of a response; namespaces are ignored.</summary>
internal sealed class XmlResponseNode(XElement element) : ResponseNode
{
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
