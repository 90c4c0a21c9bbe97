using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Leads.Sdk.Emulator.CrmApi;

/// <summary>The leads/create rules the fake enforces, strictly: unknown fields, wrong literals and wrong shapes are refused.</summary>
internal static class CrmLeadBodyChecker
{
    public readonly record struct Problem(string Message, bool Mandatory);

    private static readonly string[] EntityKeys = ["id", "name", "alternative_code"];
    private static readonly string[] AccountsReceivableKeys = ["id", "number", "name"];
    private static readonly string[] ContactKeys = ["id", "id_number", "passport_number", "social_security_number", "vat_registration_number", "registration_number"];
    private static readonly string[] UserKeys = ["id", "username"];
    private static readonly string[] ProductKeys = ["id", "code", "alternative_code"];
    private static readonly string[] Importances = ["IMPORTANCE1", "IMPORTANCE2", "IMPORTANCE3", "IMPORTANCE4", "IMPORTANCE5", "CUSTOM1", "CUSTOM2", "CUSTOM3"];
    private static readonly string[] Units = ["MINUTES", "HOURS", "DAYS", "WEEKS", "MONTHS", "YEARS"];
    private static readonly string[] SourceTypes = ["ADVERTISEMENT", "NOTIFICATIONS", "COMMUNICATIONS", "RECOMMENDED_BY_CONTACT", "RECOMMENDED_BY_EMPLOYEE", "RECOMMENDED_BY_PARTNER", "WEBSITE", "OTHER", "CUSTOM1", "CUSTOM2", "CUSTOM3"];
    private static readonly string[] NamedSourceTypes = ["ADVERTISEMENT", "WEBSITE", "OTHER", "CUSTOM1", "CUSTOM2", "CUSTOM3"];

    private static readonly Dictionary<string, string[]> Identifiers = new(StringComparer.Ordinal)
    {
        ["accounts_receivable_identifier"] = AccountsReceivableKeys,
        ["type_identifier"] = EntityKeys,
        ["status_identifier"] = EntityKeys,
        ["lost_reason_identifier"] = EntityKeys,
        ["category_identifier"] = EntityKeys,
        ["owned_by_group_identifier"] = EntityKeys,
        ["privacy_level_identifier"] = EntityKeys,
        ["lead_owner"] = UserKeys,
    };

    private static readonly Dictionary<string, (string ItemKey, string[] Keys)> Sets = new(StringComparer.Ordinal)
    {
        ["competitors_set"] = ("competitor_identifier", EntityKeys),
        ["users_set"] = ("user_identifier", UserKeys),
        ["products_set"] = ("product_identifier", ProductKeys),
        ["services_set"] = ("product_identifier", ProductKeys),
        ["physical_goods_set"] = ("product_identifier", ProductKeys),
    };

    private static readonly HashSet<string> Strings = new(StringComparer.Ordinal)
    {
        "token", "contact_email", "contact_phone", "description", "fields_set",
        "udf_string_1", "udf_string_2", "udf_string_3", "udf_string_4", "udf_string_5", "udf_string_6", "udf_string_7", "udf_string_8",
    };

    private static readonly HashSet<string> Dates = new(StringComparer.Ordinal)
    {
        "start_date", "expected_completion_date", "udf_date_1", "udf_date_2", "udf_date_3", "udf_date_4",
    };

    private static readonly HashSet<string> Floats = new(StringComparer.Ordinal) { "udf_float_1", "udf_float_2", "udf_float_3", "udf_float_4" };

    /// <summary>Every problem of a leads/create body.</summary>
    /// <param name="body">The body.</param>
    /// <param name="contactField">The name the contact is taken under (<see cref="CrmApiEmulatorOptions.ContactInformationFieldName"/>).</param>
    public static List<Problem> Check(JsonObject body, string contactField)
    {
        var problems = new List<Problem>();
        void Mandatory(string field) => problems.Add(new Problem($"{field} is mandatory.", true));
        void Invalid(string message) => problems.Add(new Problem(message, false));

        foreach (var field in new[] { "importance", "priority", "type_identifier", contactField, "source" })
        {
            if (body[field] is null)
            {
                Mandatory(field);
            }
        }

        foreach (var (key, value) in body)
        {
            if (value is null)
            {
                continue;
            }

            if (Strings.Contains(key))
            {
                if (!IsString(value))
                {
                    Invalid($"{key} must be a string.");
                }
            }
            else if (Dates.Contains(key))
            {
                if (!IsString(value) || !DateTimeOffset.TryParse(value.GetValue<string>(), CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
                {
                    Invalid($"{key} must be a date.");
                }
            }
            else if (Floats.Contains(key))
            {
                if (!IsNumber(value))
                {
                    Invalid($"{key} must be a number.");
                }
            }
            else if (key == contactField)
            {
                CheckIdentifier(key, value, ContactKeys, Invalid);
            }
            else if (Identifiers.TryGetValue(key, out var keys))
            {
                CheckIdentifier(key, value, keys, Invalid);
            }
            else if (Sets.TryGetValue(key, out var set))
            {
                CheckSet(key, value, set.ItemKey, set.Keys, Invalid);
            }
            else
            {
                CheckOther(key, value, Invalid);
            }
        }

        return problems;
    }

    private static void CheckOther(string key, JsonNode value, Action<string> invalid)
    {
        switch (key)
        {
            case "importance":
                if (!IsString(value) || !Importances.Contains(value.GetValue<string>()))
                {
                    invalid($"importance must be one of {string.Join(", ", Importances)}.");
                }

                break;
            case "priority":
                var priority = IsString(value) ? value.GetValue<string>() : IsNumber(value) ? value.ToJsonString() : null;
                if (priority is not ("1" or "2" or "3" or "4" or "5" or "6"))
                {
                    invalid("priority must be one of 1, 2, 3, 4, 5, 6.");
                }

                break;
            case "probability_to_win":
                if (!IsNumber(value) || value.GetValue<decimal>() is < 0 or > 100)
                {
                    invalid("probability_to_win must be a number from 0 to 100.");
                }

                break;
            case "target_amount":
                if (!IsNumber(value) || value.GetValue<decimal>() < 0)
                {
                    invalid("target_amount must be a number not below 0.");
                }

                break;
            case "estimated_completion_time":
                CheckTimePeriod(value, invalid);
                break;
            case "source":
                CheckSource(value, invalid);
                break;
            case "assigned_to":
                CheckObject(key, value, invalid, ("user_identifier", UserKeys), ("group_identifier", EntityKeys));
                break;
            case "subscription_package":
                CheckObject(key, value, invalid, ("package_identifier", ProductKeys));
                break;
            default:
                invalid($"{key} is not a field of leads/create.");
                break;
        }
    }

    private static void CheckTimePeriod(JsonNode value, Action<string> invalid)
    {
        if (value is not JsonObject period
            || period["time_period_value"] is not { } amount || !IsNumber(amount) || amount.GetValue<decimal>() <= 0
            || period["time_period_uot"] is not { } unit || !IsString(unit) || !Units.Contains(unit.GetValue<string>())
            || period.Count != 2)
        {
            invalid($"estimated_completion_time must be {{\"time_period_value\": a positive number, \"time_period_uot\": one of {string.Join(", ", Units)}}}.");
        }
    }

    private static void CheckSource(JsonNode value, Action<string> invalid)
    {
        if (value is not JsonObject source || source["type"] is not { } type || !IsString(type) || !SourceTypes.Contains(type.GetValue<string>()))
        {
            invalid($"source.type must be one of {string.Join(", ", SourceTypes)}.");
            return;
        }

        if (NamedSourceTypes.Contains(type.GetValue<string>()) && (source["name"] is not { } name || !IsString(name) || string.IsNullOrWhiteSpace(name.GetValue<string>())))
        {
            invalid("source.name is mandatory for this source type.");
        }

        foreach (var (key, item) in source)
        {
            var keys = key switch
            {
                "type" or "name" => null,
                "source_notifications_identifier" or "source_communications_identifier" => EntityKeys,
                "source_recommended_by_contact_identifier" => ContactKeys,
                "source_recommended_by_employee_identifier" => UserKeys,
                "source_recommended_by_partner_identifier" => AccountsReceivableKeys,
                _ => [],
            };
            if (keys is { Length: 0 })
            {
                invalid($"source.{key} is not a field of the lead source.");
            }
            else if (keys is not null && item is not null)
            {
                CheckIdentifier("source." + key, item, keys, invalid);
            }
        }
    }

    private static void CheckObject(string name, JsonNode value, Action<string> invalid, params (string Key, string[] Keys)[] members)
    {
        if (value is not JsonObject obj || obj.Count == 0)
        {
            invalid($"{name} must be an object.");
            return;
        }

        foreach (var (key, item) in obj)
        {
            var member = members.FirstOrDefault(m => m.Key == key);
            if (member.Keys is null)
            {
                invalid($"{name}.{key} is not a field of {name}.");
            }
            else if (item is not null)
            {
                CheckIdentifier($"{name}.{key}", item, member.Keys, invalid);
            }
        }
    }

    private static void CheckSet(string name, JsonNode value, string itemKey, string[] keys, Action<string> invalid)
    {
        if (value is not JsonArray items)
        {
            invalid($"{name} must be an array.");
            return;
        }

        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is not JsonObject item || item.Count != 1 || item[itemKey] is not { } identifier)
            {
                invalid($"{name}[{i}] must be {{\"{itemKey}\": {{…}}}}.");
                continue;
            }

            CheckIdentifier($"{name}[{i}].{itemKey}", identifier, keys, invalid);
        }
    }

    private static void CheckIdentifier(string name, JsonNode value, string[] keys, Action<string> invalid)
    {
        if (value is not JsonObject identifier || identifier.Count != 1 || !keys.Contains(identifier.First().Key)
            || identifier.First().Value is not { } key || !IsString(key) || string.IsNullOrWhiteSpace(key.GetValue<string>()))
        {
            invalid($"{name} must hold exactly one of {string.Join(", ", keys)}.");
        }
    }

    private static bool IsString(JsonNode node) => node.GetValueKind() == JsonValueKind.String;

    private static bool IsNumber(JsonNode node) => node.GetValueKind() == JsonValueKind.Number;
}
