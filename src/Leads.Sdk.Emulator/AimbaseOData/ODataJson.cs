using System.Globalization;
using System.Text.Json;

namespace Leads.Sdk.Emulator.AimbaseOData;

/// <summary>Writes entities the way the Aimbase server does: fields in order, dates with their offset, expansions after the fields.</summary>
internal static class ODataJson
{
    public static void WriteEntity(Utf8JsonWriter writer, ODataDataSet data, ODataEntity entity, IReadOnlyList<ODataExpandItem> expand, IReadOnlyList<string>? select)
    {
        if (select is not null)
        {
            foreach (var name in select.Where(n => n != "*"))
            {
                if (!entity.Fields.ContainsKey(name))
                {
                    throw new ODataQueryException($"Could not find a property named '{name}' on type '{entity.Type}'.");
                }
            }
        }

        foreach (var item in expand)
        {
            if (!data.TryNavigate(entity, item.Name, out _))
            {
                throw new ODataQueryException($"'{item.Name}' is not a navigation property of {entity.Type}.");
            }
        }

        writer.WriteStartObject();
        foreach (var (name, value) in entity.Fields)
        {
            if (select is null || select.Contains("*") || select.Contains(name))
            {
                writer.WritePropertyName(name);
                WriteValue(writer, value);
            }
        }

        foreach (var item in expand)
        {
            data.TryNavigate(entity, item.Name, out var related);
            writer.WritePropertyName(item.Name);
            if (related is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                WriteEntity(writer, data, related, item.Expand, item.Select);
            }
        }

        writer.WriteEndObject();
    }

    public static string FormatDate(DateTimeOffset value) => value.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture);

    private static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            case bool flag:
                writer.WriteBooleanValue(flag);
                break;
            case int number:
                writer.WriteNumberValue(number);
                break;
            case double number:
                writer.WriteNumberValue(number);
                break;
            case Guid guid:
                writer.WriteStringValue(guid);
                break;
            case DateTimeOffset date:
                writer.WriteStringValue(FormatDate(date));
                break;
            case Dictionary<string, string?> fields:
                writer.WriteStartObject();
                foreach (var (key, field) in fields)
                {
                    writer.WriteString(key, field);
                }

                writer.WriteEndObject();
                break;
            default:
                writer.WriteStringValue(Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
        }
    }
}
