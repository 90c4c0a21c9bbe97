using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using Microsoft.AspNetCore.Http;

namespace Leads.Sdk.Emulator.LeadExec;

/// <summary>A Lead Receiver request read from any of the three encodings into one shape.</summary>
internal sealed class LeadExecInbound
{
    private static readonly HashSet<string> FormSourceKeys = new(StringComparer.OrdinalIgnoreCase) { "vid", "lid", "aid", "password", "orderid", "returnurl" };
    private static readonly HashSet<string> FormPropertyKeys = new(StringComparer.OrdinalIgnoreCase) { "ivrnumber", "callduration", "callresult", "calldate", "lpleaduid", "processDelivery" };

    public Dictionary<string, string> Source { get; } = new(StringComparer.OrdinalIgnoreCase);

    public Dictionary<string, string> Properties { get; } = new(StringComparer.OrdinalIgnoreCase);

    public List<KeyValuePair<string, string>> Fields { get; } = [];

    public int LeadCount { get; private set; } = 1;

    public string Encoding { get; private set; } = "form";

    public string? Field(string name) => Fields.LastOrDefault(f => string.Equals(f.Key, name, StringComparison.OrdinalIgnoreCase)).Value;

    public static async Task<LeadExecInbound> ReadAsync(HttpRequest request)
    {
        var inbound = new LeadExecInbound();
        var type = request.ContentType ?? string.Empty;
        if (type.Contains("json", StringComparison.OrdinalIgnoreCase))
        {
            inbound.Encoding = "json";
            using var document = await JsonDocument.ParseAsync(request.Body).ConfigureAwait(false);
            var root = document.RootElement;
            if (root.TryGetProperty("source", out var source) && source.ValueKind == JsonValueKind.Object)
            {
                foreach (var p in source.EnumerateObject())
                {
                    inbound.Source[p.Name == "returnURL" ? "returnurl" : p.Name] = Text(p.Value);
                }
            }

            if (root.TryGetProperty("leads", out var leads) && leads.ValueKind == JsonValueKind.Array && leads.GetArrayLength() > 0)
            {
                inbound.LeadCount = leads.GetArrayLength();
                var lead = leads[0];
                if (lead.TryGetProperty("properties", out var properties) && properties.ValueKind == JsonValueKind.Object)
                {
                    foreach (var p in properties.EnumerateObject())
                    {
                        inbound.Properties[p.Name] = Text(p.Value);
                    }
                }

                if (lead.TryGetProperty("fields", out var fields) && fields.ValueKind == JsonValueKind.Object)
                {
                    foreach (var p in fields.EnumerateObject())
                    {
                        inbound.Fields.Add(new(p.Name, Text(p.Value)));
                    }
                }
            }
            else
            {
                inbound.LeadCount = 0;
            }
        }
        else if (type.Contains("xml", StringComparison.OrdinalIgnoreCase))
        {
            inbound.Encoding = "xml";
            var document = await XDocument.LoadAsync(request.Body, LoadOptions.None, request.HttpContext.RequestAborted).ConfigureAwait(false);
            var root = document.Root!;
            foreach (var attribute in root.Attributes())
            {
                inbound.Source[attribute.Name.LocalName] = attribute.Value;
            }

            var leads = root.Elements("Lead").ToList();
            inbound.LeadCount = leads.Count;
            if (leads.Count > 0)
            {
                foreach (var attribute in leads[0].Attributes())
                {
                    inbound.Properties[attribute.Name.LocalName] = attribute.Value;
                }

                foreach (var element in leads[0].Elements())
                {
                    if (FormPropertyKeys.Contains(element.Name.LocalName))
                    {
                        inbound.Properties[element.Name.LocalName] = element.Value;
                    }
                    else
                    {
                        inbound.Fields.Add(new(element.Name.LocalName, element.Value));
                    }
                }
            }
        }
        else
        {
            // Decoded here rather than with ReadFormAsync, which refuses %00 with an unhandled exception (a 500): the
            // doc sets no rule on the characters of a form value, so the emulator takes whatever the form encodes.
            using var reader = new StreamReader(request.Body, leaveOpen: true);
            var form = DecodeForm(await reader.ReadToEndAsync(request.HttpContext.RequestAborted).ConfigureAwait(false));
            foreach (var (key, value) in form)
            {
                if (FormSourceKeys.Contains(key))
                {
                    inbound.Source[key] = value;
                }
                else if (FormPropertyKeys.Contains(key))
                {
                    inbound.Properties[key] = value;
                }
                else
                {
                    inbound.Fields.Add(new(key, value));
                }
            }
        }

        return inbound;
    }

    private static List<KeyValuePair<string, string>> DecodeForm(string body)
    {
        var pairs = new List<KeyValuePair<string, string>>();
        foreach (var part in body.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            var key = equals < 0 ? part : part[..equals];
            var value = equals < 0 ? string.Empty : part[(equals + 1)..];
            pairs.Add(new(WebUtility.UrlDecode(key), WebUtility.UrlDecode(value)));
        }

        return pairs;
    }

    private static string Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString() ?? string.Empty,
        JsonValueKind.Null => string.Empty,
        _ => value.GetRawText(),
    };
}
