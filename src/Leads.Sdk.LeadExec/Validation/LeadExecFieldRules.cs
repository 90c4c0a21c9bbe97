using System.Buffers;
using Leads.Sdk.LeadExec.Models;
using Leads.Sdk.Serialization;
using Leads.Sdk.Validation;

namespace Leads.Sdk.LeadExec.Validation;

/// <summary>
/// Checks dynamic fields: each name must be a valid XML element name (so the same lead can go out in any encoding)
/// and must not repeat a key the SDK writes itself; each value must be text XML 1.0 can carry.
/// </summary>
internal sealed class LeadExecFieldRules : IValidator<LeadExecFieldCollection>
{
    /// <summary>Keys the form body already carries; a field with one of these names would send the key twice.</summary>
    private static readonly string[] ReservedNames =
    [
        "vid", "lid", "aid", "password", "orderid", "returnurl", "ivrnumber", "callduration", "callresult", "calldate",
        "lpleaduid", "processDelivery",
    ];

    // The reserved names by length, so most field names are compared with one or two names of their length, or none.
    private static readonly string[][] ReservedByLength = Enumerable.Range(0, ReservedNames.Max(n => n.Length) + 1)
        .Select(length => ReservedNames.Where(n => n.Length == length).ToArray())
        .ToArray();

    // What may follow the first character of a plain name.
    private static readonly SearchValues<char> PlainNameTail = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-.");

    public static LeadExecFieldRules Instance { get; } = new();

    /// <summary>Whether <paramref name="name"/> is one of <see cref="ReservedNames"/>, ignoring case.</summary>
    private static bool IsReserved(string name)
    {
        if ((uint)name.Length >= (uint)ReservedByLength.Length)
        {
            return false;
        }

        // Every reserved name starts with an ASCII letter: a name starting with another ASCII character cannot match it.
        var first = name.Length == 0 ? '\0' : name[0];
        foreach (var reserved in ReservedByLength[name.Length])
        {
            if ((first >= 0x80 || char.ToLowerInvariant(first) == char.ToLowerInvariant(reserved[0]))
                && string.Equals(name, reserved, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>An ASCII name XML accepts as it is (the usual field name), checked without <c>XmlConvert</c>; others go the full way.</summary>
    private static bool IsPlainName(string name)
        => name.Length > 0 && (char.IsAsciiLetter(name[0]) || name[0] == '_') && !name.AsSpan(1).ContainsAnyExcept(PlainNameTail);

    /// <summary>Text without control characters or surrogates (the usual value), which XML 1.0 always carries; others go the full way.</summary>
    private static bool IsPlainText(string value) => !value.AsSpan().ContainsAnyExceptInRange(' ', '\uD7FF');

    public void Validate(LeadExecFieldCollection instance, ValidationPath path, ValidationErrorCollector errors)
    {
        var fields = instance.AsSpan();
        for (var index = 0; index < fields.Length; index++)
        {
            var (name, value) = fields[index];
            if ((IsPlainName(name) || SafeXml.IsValidName(name)) && (IsPlainText(value) || SafeXml.IsValidText(value)) && !IsReserved(name))
            {
                // The common case: no path segment is built for a valid field; unusual ones get the full checks below.
                continue;
            }

            var fieldPath = path.Index(index);
            if (!SafeXml.IsValidName(name))
            {
                errors.Add(fieldPath, "Name", ValidationRules.Pattern, $"Field name '{name}' must be a valid XML element name (letters, digits, '_', '-', '.'; not starting with a digit).");
            }
            else if (IsReserved(name))
            {
                errors.Add(fieldPath, "Name", ValidationRules.AllowedValues, $"Field name '{name}' is a key the SDK sends itself; set it through the request's typed property.");
            }

            if (!SafeXml.IsValidText(value))
            {
                errors.Add(fieldPath, "Value", ValidationRules.Pattern, $"Field '{name}' holds a character XML 1.0 cannot carry (a control character or a lone surrogate).");
            }
        }
    }
}
