using System.Text;
using System.Text.Json;
using System.Xml;
using Leads.Sdk.Aimbase.Models;
using Leads.Sdk.Serialization;
using Leads.Sdk.Validation;

namespace Leads.Sdk.Aimbase.Serialization;

/// <summary>
/// Writes the documented <c>&lt;Leads&gt;&lt;Lead&gt;…&lt;/Lead&gt;&lt;/Leads&gt;</c> body. It streams the JSON the source-generated
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
        // One forward pass over the lead's JSON (no document built); only strings that may hold such characters are decoded.
        var json = JsonSerializer.SerializeToUtf8Bytes([lead], AimbaseJsonContext.Default.ListAimbaseLead);
        var reader = new Utf8JsonReader(json);
        reader.Read(); // [
        reader.Read(); // { of the lead
        Visit(ref reader, path, errors);

        static void Visit(ref Utf8JsonReader reader, ValidationPath path, ValidationErrorCollector errors)
        {
            // The reader is on the object's StartObject; returns on its EndObject.
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString()!;
                reader.Read();
                switch (reader.TokenType)
                {
                    case JsonTokenType.String when MayBeUnwritable(ref reader) && !SafeXml.IsValidText(reader.GetString()):
                        errors.Add(path, name, ValidationRules.Pattern, $"{name} contains characters XML cannot carry.");
                        break;
                    case JsonTokenType.StartArray:
                        var index = 0;
                        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                        {
                            if (reader.TokenType == JsonTokenType.StartObject)
                            {
                                Visit(ref reader, path.Property(name).Index(index), errors);
                            }
                            else
                            {
                                reader.Skip();
                            }

                            index++;
                        }

                        break;
                    case JsonTokenType.StartObject:
                        reader.Skip();
                        break;
                }
            }
        }

        // Unescaped JSON string bytes are valid UTF-8 without control characters; only escapes or non-ASCII need a look.
        static bool MayBeUnwritable(ref Utf8JsonReader reader)
        {
            if (reader.ValueIsEscaped || reader.HasValueSequence)
            {
                return true;
            }

            foreach (var b in reader.ValueSpan)
            {
                if (b >= 0x80)
                {
                    return true;
                }
            }

            return false;
        }
    }

    public static ByteArrayContent CreateContent(List<AimbaseLead> leads)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(leads, AimbaseJsonContext.Default.ListAimbaseLead);
        return LeadsHttpContent.Xml(writer =>
        {
            writer.WriteStartElement("Leads");
            writer.WriteAttributeString("xmlns", "xsi", null, XsiNamespace);
            writer.WriteAttributeString("xmlns", "xsd", null, XsdNamespace);
            var reader = new Utf8JsonReader(json);
            reader.Read(); // [
            while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
            {
                WriteObject(writer, "Lead", ref reader);
            }

            writer.WriteEndElement();
        });
    }

    // Streams the object the reader is on (its StartObject) to XML; returns on its EndObject.
    private static void WriteObject(XmlWriter writer, string name, ref Utf8JsonReader reader)
    {
        writer.WriteStartElement(name);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var property = reader.GetString()!;
            reader.Read();
            switch (reader.TokenType)
            {
                case JsonTokenType.Null:
                    break;
                case JsonTokenType.StartArray:
                    writer.WriteStartElement(property);
                    var item = ItemNames[property];
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    {
                        WriteObject(writer, item, ref reader);
                    }

                    writer.WriteEndElement();
                    break;
                case JsonTokenType.StartObject:
                    WriteObject(writer, property, ref reader);
                    break;
                case JsonTokenType.True or JsonTokenType.False:
                    writer.WriteElementString(property, reader.TokenType == JsonTokenType.True ? "true" : "false");
                    break;
                case JsonTokenType.Number:
                    writer.WriteElementString(property, Encoding.UTF8.GetString(reader.ValueSpan));
                    break;
                default:
                    writer.WriteElementString(property, reader.GetString());
                    break;
            }
        }

        writer.WriteEndElement();
    }
}
