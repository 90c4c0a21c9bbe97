using System.Globalization;
using System.Xml;
using Leads.Sdk.Aimbase.Models;
using Leads.Sdk.Aimbase.Schema;
using Leads.Sdk.Serialization;
using Leads.Sdk.Validation;

namespace Leads.Sdk.Aimbase.Serialization;

/// <summary>
/// Writes the documented <c>&lt;Leads&gt;&lt;Lead&gt;…&lt;/Lead&gt;&lt;/Leads&gt;</c> body straight from the model, with the
/// fields, names and value formats of the JSON contract (<see cref="AimbaseFieldTable"/>); collections become the doc's
/// wrapper and item elements (<c>Dealers/Dealer</c>, <c>Products/Product</c>, <c>Customs/Custom</c>) and nulls are left out;
/// then the lead's additional fields (<see cref="AimbaseAdditionalFields"/>).
/// </summary>
internal static class AimbaseXmlWriter
{
    public const string XsiNamespace = "http://www.w3.org/2001/XMLSchema-instance";
    public const string XsdNamespace = "http://www.w3.org/2001/XMLSchema";

    /// <summary>Adds an error for every text XML 1.0 cannot carry (control characters, lone surrogates).</summary>
    public static void FindUnwritableText(AimbaseLead lead, ValidationPath path, ValidationErrorCollector errors)
    {
        AimbaseFieldTable.Lead.Visit(lead, new UnwritableTextFinder(path, errors));
    }

    public static ByteArrayContent CreateContent(List<AimbaseLead> leads) => LeadsHttpContent.Xml(writer =>
    {
        writer.WriteStartElement("Leads");
        writer.WriteAttributeString("xmlns", "xsi", null, XsiNamespace);
        writer.WriteAttributeString("xmlns", "xsd", null, XsdNamespace);
        var fields = new XmlFieldWriter(writer);
        foreach (var lead in leads)
        {
            writer.WriteStartElement("Lead");
            AimbaseFieldTable.Lead.Visit(lead, fields);
            AimbaseAdditionalFields.WriteXml(writer, lead);
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
    });

    // Typed values are formatted into one scratch buffer per body instead of a string each.
    private sealed class XmlFieldWriter(XmlWriter writer) : IAimbaseLeadFieldVisitor
    {
        private readonly char[] _scratch = new char[64];

        public void Text(string name, string? value)
        {
            if (value is not null)
            {
                writer.WriteElementString(name, value);
            }
        }

        public void Literal(string name, string? value) => Text(name, value);

        public void Boolean(string name, bool? value)
        {
            if (value is { } flag)
            {
                writer.WriteElementString(name, flag ? "true" : "false");
            }
        }

        public void Number(string name, int? value)
        {
            if (value is { } number && number.TryFormat(_scratch, out var length, default, CultureInfo.InvariantCulture))
            {
                Chars(name, length);
            }
        }

        public void Guid(string name, Guid? value)
        {
            if (value is { } guid && guid.TryFormat(_scratch, out var length, "D"))
            {
                Chars(name, length);
            }
        }

        public void Date(string name, DateOnly? value)
        {
            if (value is { } date && date.TryFormat(_scratch, out var length, AimbaseDateOnlyConverter.WireFormat, CultureInfo.InvariantCulture))
            {
                Chars(name, length);
            }
        }

        public void Timestamp(string name, DateTimeOffset? value)
        {
            if (value is { } timestamp && timestamp.TryFormat(_scratch, out var length, AimbaseLeadDateConverter.WireFormat, CultureInfo.InvariantCulture))
            {
                Chars(name, length);
            }
        }

        public void StartList(string name) => writer.WriteStartElement(name);

        public void StartItem(string name, int index) => writer.WriteStartElement(name);

        public void EndItem() => writer.WriteEndElement();

        public void EndList() => writer.WriteEndElement();

        private void Chars(string name, int length)
        {
            writer.WriteStartElement(name);
            writer.WriteChars(_scratch, 0, length);
            writer.WriteEndElement();
        }
    }

    // Builds a path only for an error, so a clean lead costs no allocation.
    private sealed class UnwritableTextFinder(ValidationPath lead, ValidationErrorCollector errors) : IAimbaseLeadFieldVisitor
    {
        private string? _list;
        private int _item = -1;

        public void Text(string name, string? value)
        {
            if (!IsWritable(value))
            {
                var parent = _item < 0 ? lead : lead.Property(_list!).Index(_item);
                errors.Add(parent, name, ValidationRules.Pattern, $"{name} contains characters XML cannot carry.");
            }
        }

        public void Literal(string name, string? value)
        {
        }

        public void Boolean(string name, bool? value)
        {
        }

        public void Number(string name, int? value)
        {
        }

        public void Guid(string name, Guid? value)
        {
        }

        public void Date(string name, DateOnly? value)
        {
        }

        public void Timestamp(string name, DateTimeOffset? value)
        {
        }

        public void StartList(string name) => _list = name;

        public void StartItem(string name, int index) => _item = index;

        public void EndItem() => _item = -1;

        public void EndList() => _list = null;

        // Most text is printable BMP below the surrogates, which one vectorized scan proves; the rest is checked in full.
        private static bool IsWritable(string? value)
            => value is null || value.AsSpan().IndexOfAnyExceptInRange('\u0020', '\uD7FF') < 0 || SafeXml.IsValidText(value);
    }
}
