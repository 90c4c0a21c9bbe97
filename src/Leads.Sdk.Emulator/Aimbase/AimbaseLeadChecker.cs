using System.Globalization;
using System.Text.RegularExpressions;

namespace Leads.Sdk.Emulator.Aimbase;

/// <summary>Checks one received lead like the real server: required fields, lengths, formats, known names; unknown fields too (strict).</summary>
internal static partial class AimbaseLeadChecker
{
    public static List<(string Field, string Message)> Check(AimbaseWireLead lead, AimbaseEmulatorOptions options)
    {
        var messages = new List<(string Field, string Message)>();
        CheckObject(lead, AimbaseLeadSchema.Lead, string.Empty, options.EnforceTableRequiredMarks, messages, options.UndocumentedLeadFields);
        if (string.Equals(lead.Get("IsCommunicationOptIn"), "true", StringComparison.OrdinalIgnoreCase))
        {
            foreach (var name in (string[])["CommunicationOptInIpAddress", "CommunicationOptInDate", "CommunicationOptInSource"])
            {
                if (string.IsNullOrWhiteSpace(lead.Get(name)))
                {
                    messages.Add((name, $"The {name} field is required when IsCommunicationOptIn is true."));
                }
            }
        }

        CheckKnown(lead.Get("LeadSourceName"), "LeadSourceName", "Lead Source", options.LeadSourceNames, messages);
        CheckKnown(lead.Get("LeadTypeName"), "LeadTypeName", "Lead Type", options.LeadTypeNames, messages);
        CheckKnown(lead.Get("LeadCategoryName"), "LeadCategoryName", "Lead Category", options.LeadCategoryNames, messages);
        return messages;
    }

    [GeneratedRegex("^[A-Za-z]{2}$")]
    private static partial Regex TwoLetters();

    private static void CheckKnown(string? value, string field, string what, ISet<string> known, List<(string, string)> messages)
    {
        if (!string.IsNullOrWhiteSpace(value) && !known.Contains(value))
        {
            messages.Add((field, $"'{value}' is not a valid {what} in the system."));
        }
    }

    private static void CheckObject(
        AimbaseWireLead item,
        IReadOnlyDictionary<string, AimbaseField> schema,
        string prefix,
        bool enforceTable,
        List<(string, string)> messages,
        ISet<string>? accepted = null)
    {
        foreach (var shape in item.UnknownShapes)
        {
            if (accepted?.Contains(shape) != true)
            {
                messages.Add((prefix + shape, $"The field {prefix + shape} has an unexpected shape."));
            }
        }

        foreach (var name in item.Values.Keys.Concat(item.Lists.Keys))
        {
            if (!schema.ContainsKey(name) && accepted?.Contains(name) != true)
            {
                messages.Add((prefix + name, $"The field {prefix + name} is not a documented field."));
            }
        }

        foreach (var field in schema.Values)
        {
            var path = prefix + field.Name;
            if (field.Kind == AimbaseFieldKind.List)
            {
                if (item.Values.TryGetValue(field.Name, out var scalar) && scalar is not null)
                {
                    messages.Add((path, $"The field {path} must be a list."));
                }

                if (item.Lists.TryGetValue(field.Name, out var items))
                {
                    var (_, itemSchema) = AimbaseLeadSchema.Lists[field.Name];
                    for (var i = 0; i < items.Count; i++)
                    {
                        CheckObject(items[i], itemSchema, $"{path}[{i}].", enforceTable, messages);
                    }
                }

                continue;
            }

            var value = item.Get(field.Name);
            if (string.IsNullOrWhiteSpace(value))
            {
                if (field.Required || (enforceTable && field.RequiredByTableOnly))
                {
                    messages.Add((path, $"The {field.Name} field is required."));
                }

                continue;
            }

            if (field.MaxLength > 0 && value.Length > field.MaxLength)
            {
                messages.Add((path, $"The field {field.Name} must be a string with a maximum length of {field.MaxLength}."));
            }

            if (!IsValidFormat(field.Kind, value))
            {
                messages.Add((path, $"The value '{value}' is not valid for {field.Name}."));
            }
        }
    }

    private static bool IsValidFormat(AimbaseFieldKind kind, string value) => kind switch
    {
        AimbaseFieldKind.Guid => Guid.TryParse(value, out _),
        AimbaseFieldKind.Boolean => bool.TryParse(value, out _),
        AimbaseFieldKind.DateTimeOffset => DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
        AimbaseFieldKind.Date => DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
        AimbaseFieldKind.YesNo => value is "Y" or "N",
        AimbaseFieldKind.ConditionCode => value is "N" or "U" or "S",
        AimbaseFieldKind.CountryCode => TwoLetters().IsMatch(value),
        AimbaseFieldKind.ModelYear => int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1000 and <= 9999,
        _ => true,
    };
}
