using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using Microsoft.AspNetCore.Http;

namespace Leads.Sdk.Emulator.LeadExec;

/// <summary>A response object written as the doc shows it in JSON or XML (lists as arrays, or as wrapped item elements).</summary>
internal sealed class LeadExecReply(string rootName)
{
    private static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";
    private static readonly XNamespace Xsd = "http://www.w3.org/2001/XMLSchema";
    private readonly List<(string Name, object? Value)> _values = [];

    public LeadExecReply Add(string name, object? value)
    {
        _values.Add((name, value));
        return this;
    }

    /// <summary>Adds a list; in XML each item is an element named <paramref name="itemName"/>.</summary>
    public LeadExecReply AddList(string name, string itemName, IEnumerable<LeadExecReply> items)
    {
        _values.Add((name, new ReplyList(itemName, [.. items])));
        return this;
    }

    /// <summary>Writes the reply, with <paramref name="additionalFields"/> (fields the doc does not list) after its own.</summary>
    public Task WriteAsync(HttpContext context, bool xml, IEnumerable<KeyValuePair<string, string>> additionalFields, int status = StatusCodes.Status200OK)
    {
        foreach (var (name, value) in additionalFields)
        {
            Add(name, value);
        }

        context.Response.StatusCode = status;
        if (xml)
        {
            context.Response.ContentType = "application/xml; charset=utf-8";
            var root = ToXml(rootName);
            root.Add(new XAttribute(XNamespace.Xmlns + "xsd", Xsd), new XAttribute(XNamespace.Xmlns + "xsi", Xsi));
            var text = "<?xml version=\"1.0\" encoding=\"utf-8\"?>" + root.ToString(SaveOptions.DisableFormatting);
            return context.Response.WriteAsync(text, Encoding.UTF8, context.RequestAborted);
        }

        context.Response.ContentType = "application/json; charset=utf-8";
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            WriteJson(writer);
        }

        return context.Response.Body.WriteAsync(buffer.ToArray(), context.RequestAborted).AsTask();
    }

    private XElement ToXml(string name)
    {
        var element = new XElement(name);
        foreach (var (key, value) in _values)
        {
            element.Add(value switch
            {
                ReplyList list => new XElement(key, list.Items.Select(i => i.ToXml(list.ItemName))),
                LeadExecReply child => child.ToXml(key),
                null => new XElement(key, new XAttribute(Xsi + "nil", "true")),
                _ => new XElement(key, Format(value)),
            });
        }

        return element;
    }

    private void WriteJson(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        foreach (var (key, value) in _values)
        {
            writer.WritePropertyName(key);
            switch (value)
            {
                case null:
                    writer.WriteNullValue();
                    break;
                case bool flag:
                    writer.WriteBooleanValue(flag);
                    break;
                case int or long or decimal:
                    writer.WriteRawValue(Format(value));
                    break;
                case ReplyList list:
                    writer.WriteStartArray();
                    foreach (var item in list.Items)
                    {
                        item.WriteJson(writer);
                    }

                    writer.WriteEndArray();
                    break;
                case LeadExecReply child:
                    child.WriteJson(writer);
                    break;
                default:
                    writer.WriteStringValue(Format(value));
                    break;
            }
        }

        writer.WriteEndObject();
    }

    private static string Format(object? value) => value switch
    {
        bool flag => flag ? "true" : "false",
        DateTimeOffset date => date.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value?.ToString() ?? string.Empty,
    };

    private sealed record ReplyList(string ItemName, List<LeadExecReply> Items);
}
