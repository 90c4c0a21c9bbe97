using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Leads.Sdk.Emulator.AimbaseOData;

/// <summary>The Aimbase Lead OData V2 fake: <c>GET /odata/V2/Leads</c>, <c>GET|PATCH /odata/V2/Leads({id})</c>.</summary>
internal static partial class AimbaseODataRoutes
{
    private const string Prefix = "/odata/V2/";

    // Like the real server, apostrophes and non-ASCII text are sent as themselves, not as \u escapes.
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Map(WebApplication app, LeadsEmulator emulator)
    {
        var options = emulator.Options.AimbaseOData;
        var data = new ODataDataSet(options.LeadCount, options.Seed);
        var gate = new object();

        app.MapMethods(Prefix + "{segment}", ["GET", "PATCH"], async (HttpContext context, string segment) =>
        {
            if (!IsAuthorized(context.Request, options))
            {
                await WriteErrorAsync(context, StatusCodes.Status401Unauthorized, "Unauthorized", "The token is missing, invalid, or expired.").ConfigureAwait(false);
                return;
            }

            try
            {
                if (segment == "Leads" && HttpMethods.IsGet(context.Request.Method))
                {
                    string json;
                    lock (gate)
                    {
                        json = ListLeads(context.Request, data, options);
                    }

                    if (context.Response.Headers.ContainsKey("Preference-Applied") is false && PageSizePreference(context.Request) is { } size)
                    {
                        context.Response.Headers["Preference-Applied"] = $"odata.maxpagesize={Math.Min(size, options.PageSize)}";
                    }

                    await WriteJsonAsync(context, StatusCodes.Status200OK, json).ConfigureAwait(false);
                    return;
                }

                var match = KeyPattern().Match(segment);
                if (!match.Success)
                {
                    await WriteErrorAsync(context, StatusCodes.Status404NotFound, "NotFound", $"No resource found that matches '{segment}'.").ConfigureAwait(false);
                    return;
                }

                var id = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
                if (HttpMethods.IsGet(context.Request.Method))
                {
                    string? json;
                    lock (gate)
                    {
                        json = GetLead(context.Request, data, id);
                    }

                    await (json is null
                        ? WriteErrorAsync(context, StatusCodes.Status404NotFound, "NotFound", $"The lead {id} was not found.")
                        : WriteJsonAsync(context, StatusCodes.Status200OK, json)).ConfigureAwait(false);
                    return;
                }

                using var body = await ReadBodyAsync(context).ConfigureAwait(false);
                bool found;
                lock (gate)
                {
                    found = PatchLead(data, id, body, emulator.TimeProvider.GetUtcNow());
                }

                if (!found)
                {
                    await WriteErrorAsync(context, StatusCodes.Status404NotFound, "NotFound", $"The lead {id} was not found.").ConfigureAwait(false);
                    return;
                }

                context.Response.StatusCode = StatusCodes.Status204NoContent;
            }
            catch (ODataQueryException exception)
            {
                await WriteErrorAsync(context, StatusCodes.Status400BadRequest, "BadRequest", exception.Message).ConfigureAwait(false);
            }
        });
    }

    private static string ListLeads(HttpRequest request, ODataDataSet data, AimbaseODataEmulatorOptions options)
    {
        var query = request.Query;
        IEnumerable<ODataEntity> leads = data.Leads;
        if (query.TryGetValue("$filter", out var filterText) && !string.IsNullOrWhiteSpace(filterText))
        {
            var predicate = data.Query.Filter(filterText.ToString());
            leads = leads.Where(predicate);
        }

        var ordered = data.Query.Order(leads, query["$orderby"].ToString()).ToList();
        var count = ordered.Count;
        IEnumerable<ODataEntity> window = ordered.Skip(ReadInt(query, "$skip") ?? 0);
        if (ReadInt(query, "$top") is { } top)
        {
            window = window.Take(top);
        }

        var results = window.ToList();
        var skipToken = ReadInt(query, "$skiptoken") ?? 0;
        var pageSize = Math.Min(PageSizePreference(request) ?? options.PageSize, options.PageSize);
        var page = results.Skip(skipToken).Take(pageSize).ToList();
        var expand = ODataExpandItem.ParseList(query["$expand"].ToString());
        var select = ODataExpandItem.ParseSelect(query["$select"].ToString());

        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteString("@odata.context", $"{request.Scheme}://{request.Host}{Prefix}$metadata#Leads");
            if (string.Equals(query["$count"].ToString(), "true", StringComparison.OrdinalIgnoreCase))
            {
                writer.WriteNumber("@odata.count", count);
            }

            writer.WriteStartArray("value");
            foreach (var lead in page)
            {
                ODataJson.WriteEntity(writer, data, lead, expand, select);
            }

            writer.WriteEndArray();
            if (skipToken + page.Count < results.Count)
            {
                var (name, link) = NextLink(request, skipToken + page.Count, options.NextLinkStyle);
                writer.WriteString(name, link);
            }

            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static string? GetLead(HttpRequest request, ODataDataSet data, int id)
    {
        var lead = data.Find("Lead", id);
        if (lead is null)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            // The entity body with the context first, as in the doc's examples.
            using var inner = new MemoryStream();
            using (var entityWriter = new Utf8JsonWriter(inner, WriterOptions))
            {
                ODataJson.WriteEntity(entityWriter, data, lead, ODataExpandItem.ParseList(request.Query["$expand"].ToString()), ODataExpandItem.ParseSelect(request.Query["$select"].ToString()));
            }

            using var document = JsonDocument.Parse(inner.ToArray());
            writer.WriteStartObject();
            writer.WriteString("@odata.context", $"{request.Scheme}://{request.Host}{Prefix}$metadata#Leads/$entity");
            foreach (var property in document.RootElement.EnumerateObject())
            {
                property.WriteTo(writer);
            }

            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static bool PatchLead(ODataDataSet data, int id, JsonDocument body, DateTimeOffset now)
    {
        if (body.RootElement.ValueKind != JsonValueKind.Object)
        {
            throw new ODataQueryException("The PATCH body must be a JSON object.");
        }

        // Check everything before changing anything, so a rejected PATCH leaves the lead as it was.
        var changes = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in body.RootElement.EnumerateObject())
        {
            if (!ODataDataSet.EditableLeadFields.TryGetValue(property.Name, out var maxLength)
                && !ODataDataSet.UndocumentedLeadFields.TryGetValue(property.Name, out maxLength))
            {
                throw new ODataQueryException($"The property '{property.Name}' cannot be updated.");
            }

            changes[property.Name] = property.Name switch
            {
                "LeadDate" => property.Value.ValueKind == JsonValueKind.String
                              && DateTimeOffset.TryParse(property.Value.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                    ? date
                    : throw new ODataQueryException("LeadDate must be a date with an offset."),
                "Customs" or "Metadata" => ReadFields(property),
                _ => ReadString(property, maxLength),
            };
        }

        var lead = data.Find("Lead", id);
        if (lead is null)
        {
            return false;
        }

        foreach (var (name, value) in changes)
        {
            if (value is Dictionary<string, string?> fields && lead.Fields[name] is Dictionary<string, string?> existing)
            {
                foreach (var (key, field) in fields)
                {
                    existing[key] = field;
                }
            }
            else
            {
                lead.Fields[name] = value;
            }
        }

        lead.Fields["UpdateDate"] = now;
        return true;
    }

    private static string? ReadString(JsonProperty property, int? maxLength)
    {
        if (property.Value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (property.Value.ValueKind != JsonValueKind.String)
        {
            throw new ODataQueryException($"{property.Name} must be a string.");
        }

        var text = property.Value.GetString()!;
        return maxLength is { } max && text.Length > max ? throw new ODataQueryException($"{property.Name} must be at most {max} characters.") : text;
    }

    private static Dictionary<string, string?> ReadFields(JsonProperty property)
    {
        if (property.Value.ValueKind != JsonValueKind.Object)
        {
            throw new ODataQueryException($"{property.Name} must be an object of \"FieldName\": \"FieldValue\".");
        }

        return property.Value.EnumerateObject().ToDictionary(
            p => p.Name,
            p => p.Value.ValueKind switch
            {
                JsonValueKind.Null => null,
                JsonValueKind.String => p.Value.GetString(),
                _ => throw new ODataQueryException($"{property.Name}.{p.Name} must be a string or null."),
            });
    }

    private static (string Name, string Link) NextLink(HttpRequest request, int skipToken, ODataNextLinkStyle style)
    {
        var pairs = (request.QueryString.Value ?? string.Empty).TrimStart('?')
            .Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(pair => !Uri.UnescapeDataString(pair.Split('=')[0]).Equals("$skiptoken", StringComparison.OrdinalIgnoreCase))
            .Append("$skiptoken=" + skipToken.ToString(CultureInfo.InvariantCulture));
        var query = string.Join("&", pairs);
        return style switch
        {
            ODataNextLinkStyle.Relative => ("@odata.nextLink", $"Leads?{query}"),
            ODataNextLinkStyle.NextLinkAnnotation => ("@nextLink", $"{request.Scheme}://{request.Host}{request.Path}?{query}"),
            _ => ("@odata.nextLink", $"{request.Scheme}://{request.Host}{request.Path}?{query}"),
        };
    }

    private static int? ReadInt(IQueryCollection query, string name)
    {
        var text = query[name].ToString();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new ODataQueryException($"{name} must be a non-negative integer.");
    }

    private static int? PageSizePreference(HttpRequest request)
    {
        foreach (var preference in request.Headers["Prefer"].ToString().Split(',', StringSplitOptions.TrimEntries))
        {
            if (preference.StartsWith("odata.maxpagesize=", StringComparison.OrdinalIgnoreCase)
                && int.TryParse(preference["odata.maxpagesize=".Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var size) && size > 0)
            {
                return size;
            }
        }

        return null;
    }

    private static bool IsAuthorized(HttpRequest request, AimbaseODataEmulatorOptions options)
        => string.Equals(request.Headers["Authenticate"].ToString(), $"Avala-Api {options.Username}:{options.ApiToken}", StringComparison.Ordinal);

    private static async Task<JsonDocument> ReadBodyAsync(HttpContext context)
    {
        try
        {
            return await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted).ConfigureAwait(false);
        }
        catch (JsonException exception)
        {
            throw new ODataQueryException("The PATCH body is not JSON: " + exception.Message);
        }
    }

    private static Task WriteJsonAsync(HttpContext context, int status, string json)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json; odata.metadata=minimal; charset=utf-8";
        context.Response.Headers["OData-Version"] = "4.0";
        return context.Response.WriteAsync(json, context.RequestAborted);
    }

    private static Task WriteErrorAsync(HttpContext context, int status, string code, string message)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteStartObject("error");
            writer.WriteString("code", code);
            writer.WriteString("message", message);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return WriteJsonAsync(context, status, Encoding.UTF8.GetString(buffer.ToArray()));
    }

    [GeneratedRegex(@"^Leads\((\d+)\)$")]
    private static partial Regex KeyPattern();
}
