using System.Text.Json;
using System.Xml;
using Leads.Sdk.Aimbase.Models;
using Leads.Sdk.Serialization;
using Leads.Sdk.Validation;

namespace Leads.Sdk.Aimbase.Serialization;

/// <summary>
/// Writes the documented <c>&lt;Leads&gt;&lt;Lead&gt;…&lt;/Lead&gt;&lt;/Leads&gt;</c> body. It walks the JSON the source-generated
/// context writes for the same leads, so both formats carry exactly the same fields, names and value formats;
/// collections become the doc's wrapper and item elements (<c>Dealers/Dealer</c>, <c>Products/Product</c>, <c>Customs/Custom</c>).
/// </summary>
internal static class AimbaseXmlWriter
{
    public const string XsiNamespace = "http://www.w3.org/2001/XMLSchema-instance";
    public const string XsdNamespace = "http://www.w3.org/2001/XMLSchema";

    private static readonly Dictionary<string, string> ItemNames = new(StringComparer.Ordinal)
    {
        ["Dealers"] = "Dealer",
        ["Products"] = "Product",
        ["Customs"] = "Custom",
    };

    /// <summary>Adds an error for every text XML 1.0 cannot carry (control characters, lone surrogates).</summary>
    public static void FindUnwritableText(AimbaseLead lead, ValidationPath path, ValidationErrorCollector errors)
    {
        using var document = JsonDocument.Parse(JsonSerializer.SerializeToUtf8Bytes([lead], AimbaseJsonContext.Default.ListAimbaseLead));
        Visit(document.RootElement[0], path, errors);

        static void Visit(JsonElement element, ValidationPath path, ValidationErrorCollector errors)
        {
            foreach (var property in element.EnumerateObject())
            {
                switch (property.Value.ValueKind)
                {
                    case JsonValueKind.String when !SafeXml.IsValidText(property.Value.GetString()):
                        errors.Add(path, property.Name, ValidationRules.Pattern, $"{property.Name} contains characters XML cannot carry.");
                        break;
                    case JsonValueKind.Array:
                        var index = 0;
                        foreach (var item in property.Value.EnumerateArray())
                        {
                            Visit(item, path.Property(property.Name).Index(index++), errors);
                        }

                        break;
                }
            }
        }
    }

    public static ByteArrayContent CreateContent(List<AimbaseLead> leads)
    {
        using var document = JsonDocument.Parse(JsonSerializer.SerializeToUtf8Bytes(leads, AimbaseJsonContext.Default.ListAimbaseLead));
        var root = document.RootElement;
        return LeadsHttpContent.Xml(writer =>
        {
            writer.WriteStartElement("Leads");
            writer.WriteAttributeString("xmlns", "xsi", null, XsiNamespace);
            writer.WriteAttributeString("xmlns", "xsd", null, XsdNamespace);
            foreach (var lead in root.EnumerateArray())
            {
                WriteObject(writer, "Lead", lead);
            }

            writer.WriteEndElement();
        });
    }

    private static void WriteObject(XmlWriter writer, string name, JsonElement value)
    {
        writer.WriteStartElement(name);
        foreach (var property in value.EnumerateObject())
        {
            switch (property.Value.ValueKind)
            {
                case JsonValueKind.Null or JsonValueKind.Undefined:
                    break;
                case JsonValueKind.Array:
                    writer.WriteStartElement(property.Name);
                    foreach (var item in property.Value.EnumerateArray())
                    {
                        WriteObject(writer, ItemNames[property.Name], item);
                    }

                    writer.WriteEndElement();
                    break;
                case JsonValueKind.Object:
                    WriteObject(writer, property.Name, property.Value);
                    break;
                case JsonValueKind.True or JsonValueKind.False:
                    writer.WriteElementString(property.Name, property.Value.ValueKind == JsonValueKind.True ? "true" : "false");
                    break;
                case JsonValueKind.Number:
                    writer.WriteElementString(property.Name, property.Value.GetRawText());
                    break;
                default:
                    writer.WriteElementString(property.Name, property.Value.GetString());
                    break;
            }
        }

        writer.WriteEndElement();
    }
}
