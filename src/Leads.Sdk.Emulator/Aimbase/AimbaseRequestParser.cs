using System.Text.Json;
using System.Xml;
using System.Xml.Linq;

namespace Leads.Sdk.Emulator.Aimbase;

/// <summary>Reads a request body, JSON array or documented XML, into <see cref="AimbaseWireLead"/>s; null when it is not one.</summary>
internal static class AimbaseRequestParser
{
    private static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    public static List<AimbaseWireLead>? ParseJson(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                return null;
            }

            var leads = new List<AimbaseWireLead>();
            foreach (var element in document.RootElement.EnumerateArray())
            {
                if (element.ValueKind != JsonValueKind.Object)
                {
                    return null;
                }

                leads.Add(FromJson(element));
            }

            return leads;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static List<AimbaseWireLead>? ParseXml(string body)
    {
        try
        {
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
            using var reader = XmlReader.Create(new StringReader(body), settings);
            var root = XDocument.Load(reader).Root;
            if (root?.Name.LocalName != "Leads")
            {
                return null;
            }

            var leads = new List<AimbaseWireLead>();
            foreach (var element in root.Elements())
            {
                if (element.Name.LocalName != "Lead")
                {
                    return null;
                }

                leads.Add(FromXml(element, "Lead"));
            }

            return leads;
        }
        catch (XmlException)
        {
            return null;
        }
    }

    private static AimbaseWireLead FromJson(JsonElement element)
    {
        var lead = new AimbaseWireLead();
        foreach (var property in element.EnumerateObject())
        {
            lead.RawJson[property.Name] = property.Value.GetRawText();
            switch (property.Value.ValueKind)
            {
                case JsonValueKind.Array:
                    lead.Lists[property.Name] = [.. property.Value.EnumerateArray().Select(FromJson)];
                    break;
                case JsonValueKind.Object:
                    lead.UnknownShapes.Add(property.Name);
                    break;
                case JsonValueKind.Null:
                    lead.Values[property.Name] = null;
                    break;
                case JsonValueKind.String:
                    lead.Values[property.Name] = property.Value.GetString();
                    break;
                default:
                    // true/false and numbers keep their JSON text.
                    lead.Values[property.Name] = property.Value.GetRawText();
                    break;
            }
        }

        return lead;
    }

    private static AimbaseWireLead FromXml(XElement element, string name)
    {
        var lead = new AimbaseWireLead();
        foreach (var child in element.Elements())
        {
            var childName = child.Name.LocalName;
            if (AimbaseLeadSchema.Lists.TryGetValue(childName, out var list) && name == "Lead")
            {
                var items = new List<AimbaseWireLead>();
                foreach (var item in child.Elements())
                {
                    if (item.Name.LocalName != list.Item)
                    {
                        lead.UnknownShapes.Add($"{childName}.{item.Name.LocalName}");
                        continue;
                    }

                    items.Add(FromXml(item, list.Item));
                }

                lead.Lists[childName] = items;
            }
            else if (child.HasElements)
            {
                lead.UnknownShapes.Add(childName);
            }
            else
            {
                var nil = string.Equals((string?)child.Attribute(Xsi + "nil"), "true", StringComparison.Ordinal);
                lead.Values[childName] = nil ? null : child.Value;
            }
        }

        return lead;
    }
}
