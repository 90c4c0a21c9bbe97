using System.Collections.Frozen;
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
    private static readonly FrozenSet<string> ReservedNames = new[]
    {
        "vid", "lid", "aid", "password", "orderid", "returnurl", "ivrnumber", "callduration", "callresult", "calldate",
        "lpleaduid", "processDelivery",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static LeadExecFieldRules Instance { get; } = new();

    /// <summary>An ASCII name XML accepts as it is (the usual field name), checked without <c>XmlConvert</c>; others go the full way.</summary>
    private static bool IsPlainName(string name)
    {
        if (name.Length == 0 || !(char.IsAsciiLetter(name[0]) || name[0] == '_'))
        {
            return false;
        }

        foreach (var c in name.AsSpan(1))
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Text without control characters or surrogates (the usual value), which XML 1.0 always carries; others go the full way.</summary>
    private static bool IsPlainText(string value) => !value.AsSpan().ContainsAnyExceptInRange(' ', '\uD7FF');

    public void Validate(LeadExecFieldCollection instance, ValidationPath path, ValidationErrorCollector errors)
    {
        var fields = instance.AsSpan();
        for (var index = 0; index < fields.Length; index++)
        {
            var (name, value) = fields[index];
            if ((IsPlainName(name) || SafeXml.IsValidName(name)) && (IsPlainText(value) || SafeXml.IsValidText(value)) && !ReservedNames.Contains(name))
            {
                // The common case: no path segment is built for a valid field; unusual ones get the full checks below.
                continue;
            }

            var fieldPath = path.Index(index);
            if (!SafeXml.IsValidName(name))
            {
                errors.Add(fieldPath, "Name", ValidationRules.Pattern, $"Field name '{name}' must be a valid XML element name (letters, digits, '_', '-', '.'; not starting with a digit).");
            }
            else if (ReservedNames.Contains(name))
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
