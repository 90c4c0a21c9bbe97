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
    private static readonly HashSet<string> ReservedNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "vid", "lid", "aid", "password", "orderid", "returnurl", "ivrnumber", "callduration", "callresult", "calldate",
        "lpleaduid", "processDelivery",
    };

    public static LeadExecFieldRules Instance { get; } = new();

    public void Validate(LeadExecFieldCollection instance, ValidationPath path, ValidationErrorCollector errors)
    {
        var fields = instance.AsSpan();
        for (var index = 0; index < fields.Length; index++)
        {
            var (name, value) = fields[index];
            if (SafeXml.IsValidName(name) && !ReservedNames.Contains(name) && SafeXml.IsValidText(value))
            {
                // The common case: no path segment is built for a valid field.
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
