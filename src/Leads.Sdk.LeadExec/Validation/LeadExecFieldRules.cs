using System.Buffers;
using System.Collections.Frozen;
using Leads.Sdk.LeadExec.Models;
using Leads.Sdk.Serialization;
using Leads.Sdk.Validation;

namespace Leads.Sdk.LeadExec.Validation;

/// <summary>
/// Checks dynamic fields for one encoding. Names: in XML each becomes an element, so it must be a valid XML element name;
/// a form key or a JSON property can carry any text, so there a name only has to be non-empty, free of control characters
/// and valid UTF-16 (what would otherwise break or silently change the request). In every encoding a name must not repeat
/// a key the SDK writes itself. Values: in XML, text XML 1.0 can carry; in form and JSON, which escape any character,
/// only valid UTF-16 (a lone surrogate cannot be encoded in UTF-8 and would be replaced). For a PING, the contact fields
/// are refused too (<see cref="LeadExecPingContactFields"/>).
/// </summary>
internal sealed class LeadExecFieldRules : IValidator<LeadExecFieldCollection>
{
    /// <summary>Keys the form body already carries; a field with one of these names would send the key twice.</summary>
    private static readonly FrozenSet<string> ReservedNames = new[]
    {
        "vid", "lid", "aid", "password", "orderid", "returnurl", "ivrnumber", "callduration", "callresult", "calldate",
        "lpleaduid", "processDelivery",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // What may follow the first character of a plain name.
    private static readonly SearchValues<char> PlainNameTail = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-.");

    private static readonly LeadExecFieldRules XmlNames = new(xmlNames: true, ping: false);
    private static readonly LeadExecFieldRules AnyNames = new(xmlNames: false, ping: false);
    private static readonly LeadExecFieldRules XmlNamesPing = new(xmlNames: true, ping: true);
    private static readonly LeadExecFieldRules AnyNamesPing = new(xmlNames: false, ping: true);

    private readonly bool _xmlNames;
    private readonly bool _ping;

    private LeadExecFieldRules(bool xmlNames, bool ping)
    {
        _xmlNames = xmlNames;
        _ping = ping;
    }

    /// <summary>The rules of fields sent in <paramref name="encoding"/>; an undefined encoding gets the strictest (XML).</summary>
    public static LeadExecFieldRules For(LeadExecEncoding encoding) => CarriesAnyName(encoding) ? AnyNames : XmlNames;

    /// <summary>The rules of a PING's fields sent in <paramref name="encoding"/>: those of <see cref="For"/>, and no contact fields.</summary>
    public static LeadExecFieldRules ForPing(LeadExecEncoding encoding) => CarriesAnyName(encoding) ? AnyNamesPing : XmlNamesPing;

    private static bool CarriesAnyName(LeadExecEncoding encoding) => encoding is LeadExecEncoding.Form or LeadExecEncoding.Json;

    /// <summary>An ASCII name XML accepts as it is (the usual field name), checked without <c>XmlConvert</c>; others go the full way.</summary>
    private static bool IsPlainName(string name)
        => name.Length > 0 && (char.IsAsciiLetter(name[0]) || name[0] == '_') && !name.AsSpan(1).ContainsAnyExcept(PlainNameTail);

    /// <summary>
    /// A name a form key or JSON property carries unchanged: not empty, no control character (C0, DEL, C1: invisible, and a
    /// receiver may cut or reject the key at one), no lone surrogate (UTF-8 cannot encode it, so it would be replaced).
    /// </summary>
    private static bool IsCarriableName(string name)
    {
        if (name.Length == 0)
        {
            return false;
        }

        return !name.AsSpan().ContainsAnyInRange('\0', '\u001F') && !name.AsSpan().ContainsAnyInRange('\u007F', '\u009F') && IsWellFormedUtf16(name);
    }

    /// <summary>Text without a lone surrogate, so UTF-8 carries it unchanged.</summary>
    internal static bool IsWellFormedUtf16(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsSurrogate(c))
            {
                if (!char.IsHighSurrogate(c) || i + 1 == text.Length || !char.IsLowSurrogate(text[i + 1]))
                {
                    return false;
                }

                i++;
            }
        }

        return true;
    }

    /// <summary>Text without control characters or surrogates (the usual value), which XML 1.0 always carries; others go the full way.</summary>
    private static bool IsPlainText(string value) => !value.AsSpan().ContainsAnyExceptInRange(' ', '\uD7FF');

    private bool IsValidName(string name) => _xmlNames ? IsPlainName(name) || SafeXml.IsValidName(name) : IsCarriableName(name);

    private bool IsValidValue(string value) => IsPlainText(value) || (_xmlNames ? SafeXml.IsValidText(value) : IsWellFormedUtf16(value));

    public void Validate(LeadExecFieldCollection instance, ValidationPath path, ValidationErrorCollector errors)
    {
        var fields = instance.AsSpan();
        for (var index = 0; index < fields.Length; index++)
        {
            var (name, value) = fields[index];
            if (IsValidName(name) && IsValidValue(value) && !ReservedNames.Contains(name)
                && !(_ping && LeadExecPingContactFields.Contains(name)))
            {
                // The common case: no path segment is built for a valid field; unusual ones get the full checks below.
                continue;
            }

            var fieldPath = path.Index(index);
            if (!IsValidName(name))
            {
                errors.Add(fieldPath, "Name", ValidationRules.Pattern, _xmlNames
                    ? $"Field name '{name}' must be a valid XML element name in the XML encoding (letters, digits, '_', '-', '.'; not starting with a digit); form and JSON carry any name."
                    : $"Field name '{name}' must not be empty or hold a control character or a lone surrogate.");
            }
            else if (ReservedNames.Contains(name))
            {
                errors.Add(fieldPath, "Name", ValidationRules.AllowedValues, $"Field name '{name}' is a key the SDK sends itself; set it through the request's typed property.");
            }
            else if (_ping && LeadExecPingContactFields.Contains(name))
            {
                errors.Add(fieldPath, "Name", ValidationRules.AllowedValues, $"Field '{name}' is contact information, which the doc's PING section says should be excluded; send it with the POST.");
            }

            if (!IsValidValue(value))
            {
                errors.Add(fieldPath, "Value", ValidationRules.Pattern, _xmlNames
                    ? $"Field '{name}' holds a character XML 1.0 cannot carry (a control character or a lone surrogate); form and JSON carry any character."
                    : $"Field '{name}' holds a lone surrogate, which UTF-8 cannot carry.");
            }
        }
    }
}
