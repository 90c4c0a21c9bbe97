using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml;
using Leads.Sdk.Aimbase.Models;
using Leads.Sdk.Serialization;
using Leads.Sdk.Validation;

namespace Leads.Sdk.Aimbase.Serialization;

/// <summary>
/// Checks and writes <see cref="AimbaseLead.AdditionalFields"/>: after the model's fields, in the request's encoding, under
/// names the model does not send itself (the JSON contract's wire names, which the XML writer shares).
/// </summary>
internal static class AimbaseAdditionalFields
{
    private static readonly FrozenSet<string> ModelNames = AimbaseJsonContext.Default.AimbaseLead.Properties
        .Where(p => p.Get is not null)
        .Select(p => p.Name)
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Whether any lead carries additional fields (the plain serializer writes the rest).</summary>
    public static bool Any(List<AimbaseLead> leads)
    {
        foreach (var lead in leads)
        {
            if (lead.AdditionalFields.Count > 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Adds an error for every additional field the encoding cannot carry, or whose name the model already sends.</summary>
    public static void Validate(AimbaseLead lead, ValidationPath path, bool xml, ValidationErrorCollector errors)
    {
        if (lead.AdditionalFields.Count == 0)
        {
            return;
        }

        foreach (var (name, value) in lead.AdditionalFields)
        {
            var field = $"{path}.{nameof(AimbaseLead.AdditionalFields)}[{name}]";
            if (string.IsNullOrWhiteSpace(name))
            {
                errors.Add(new ValidationError(field, ValidationRules.Required, "An additional field needs a name."));
            }
            else if (ModelNames.Contains(name))
            {
                errors.Add(new ValidationError(field, ValidationRules.AllowedValues, $"{name} is a field the model sends; set its property instead."));
            }
            else if (xml && !IsXmlName(name))
            {
                errors.Add(new ValidationError(field, ValidationRules.Pattern, $"{name} is not a name an XML element can have."));
            }

            if (xml && value is not null)
            {
                var kind = value.GetValueKind();
                if (kind is JsonValueKind.Object or JsonValueKind.Array)
                {
                    errors.Add(new ValidationError(field, ValidationRules.Pattern, "In XML an additional field must be a string, number, boolean or null."));
                }
                else if (kind == JsonValueKind.String && !SafeXml.IsValidText(Text(value)))
                {
                    errors.Add(new ValidationError(field, ValidationRules.Pattern, $"{name} contains characters XML cannot carry."));
                }
            }
        }
    }

    /// <summary>The JSON array of <paramref name="leads"/>, each lead's additional fields after its model's fields.</summary>
    public static ByteArrayContent JsonContent(List<AimbaseLead> leads) => LeadsHttpContent.Json(leads, static (writer, leads) =>
        {
            writer.WriteStartArray();
            foreach (var lead in leads)
            {
                if (lead.AdditionalFields.Count == 0)
                {
                    JsonSerializer.Serialize(writer, lead, AimbaseJsonContext.Default.AimbaseLead);
                    continue;
                }

                // The model's fields as the contract writes them, then the additional ones in the caller's order.
                var model = JsonSerializer.SerializeToElement(lead, AimbaseJsonContext.Default.AimbaseLead);
                writer.WriteStartObject();
                foreach (var property in model.EnumerateObject())
                {
                    property.WriteTo(writer);
                }

                foreach (var (name, value) in lead.AdditionalFields)
                {
                    writer.WritePropertyName(name);
                    if (value is null)
                    {
                        writer.WriteNullValue();
                    }
                    else
                    {
                        value.WriteTo(writer);
                    }
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        });

    /// <summary>Writes the lead's additional fields as elements whose text is the value; null as <c>xsi:nil</c>.</summary>
    public static void WriteXml(XmlWriter writer, AimbaseLead lead)
    {
        foreach (var (name, value) in lead.AdditionalFields)
        {
            writer.WriteStartElement(name);
            switch (value?.GetValueKind() ?? JsonValueKind.Null)
            {
                case JsonValueKind.Null:
                    writer.WriteAttributeString("xsi", "nil", AimbaseXmlWriter.XsiNamespace, "true");
                    break;
                case JsonValueKind.String:
                    writer.WriteString(Text(value!));
                    break;
                case JsonValueKind.True:
                    writer.WriteString("true");
                    break;
                case JsonValueKind.False:
                    writer.WriteString("false");
                    break;
                default:
                    // A number: its JSON text, which is also how XML writes numbers.
                    writer.WriteString(value!.ToJsonString());
                    break;
            }

            writer.WriteEndElement();
        }
    }

    // Any node of string kind (a string, a JsonElement string, a char), unlike GetValue<string>.
    private static string Text(JsonNode value) => JsonSerializer.Deserialize(value, AimbaseJsonContext.Default.String) ?? string.Empty;

    // An element name without a prefix: a colon would bind a namespace the document does not declare.
    private static bool IsXmlName(string name)
    {
        try
        {
            XmlConvert.VerifyNCName(name);
            return true;
        }
        catch (XmlException)
        {
            return false;
        }
    }
}
