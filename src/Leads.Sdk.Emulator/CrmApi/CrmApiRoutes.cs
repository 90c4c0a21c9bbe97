using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Leads.Sdk.Emulator.CrmApi;

/// <summary>
/// The CRM.COM fake's routes: both logins and leads/create. Every answer is the CRM.COM envelope
/// <c>{"status":{"code","message","description"},"data":…}</c>, errors included, with HTTP 200 as CRM.COM does.
/// </summary>
internal static class CrmApiRoutes
{
    public const string InvalidLoginCode = "COM.CRM.EXCEPTIONS.INVALIDLOGINEXCEPTION";
    public const string InvalidTokenCode = "COM.CRM.EXCEPTIONS.INVALIDTOKENEXCEPTION";
    public const string ExpiredTokenCode = "COM.CRM.EXCEPTIONS.EXPIREDTOKENEXCEPTION";
    public const string MandatoryFieldCode = "COM.CRM.EXCEPTIONS.MANDATORYFIELDEXCEPTION";
    public const string InvalidValueCode = "COM.CRM.EXCEPTIONS.INVALIDVALUEEXCEPTION";

    private const string Prefix = "/crmapi/rest/v2/";

    public static void Map(WebApplication app, LeadsEmulator emulator)
    {
        var crm = emulator.CrmApi();
        app.MapPost(Prefix + "authentication/token", context => LoginAsync(context, crm));
        app.MapPost(Prefix + "authentication/web_api_key/token", context => WebApiKeyLoginAsync(context, crm));
        app.MapPost(Prefix + "leads/create", context => CreateLeadAsync(context, crm));
    }

    private static async Task LoginAsync(HttpContext context, CrmApiEmulator crm)
    {
        var body = await ReadObjectAsync(context).ConfigureAwait(false);
        var options = crm.Options;
        if (body is null
            || Text(body, "username") != options.Username
            || Text(body, "password") != options.Password
            || Text(body, "organisation") != options.Organisation)
        {
            await ErrorAsync(context, InvalidLoginCode, "Invalid username, password or organisation.").ConfigureAwait(false);
            return;
        }

        await OkAsync(context, new JsonObject { ["token"] = crm.IssueToken() }).ConfigureAwait(false);
    }

    private static async Task WebApiKeyLoginAsync(HttpContext context, CrmApiEmulator crm)
    {
        var header = context.Request.Headers.Authorization.ToString();
        string? user = null;
        if (header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                var decoded = Encoding.UTF8.GetString(Convert.FromBase64String(header["Basic ".Length..].Trim()));
                user = decoded.EndsWith(':') ? decoded[..^1] : null;
            }
            catch (FormatException)
            {
                user = null;
            }
        }

        if (user != crm.Options.WebApiKey)
        {
            await ErrorAsync(context, InvalidLoginCode, "Invalid web API key.").ConfigureAwait(false);
            return;
        }

        await OkAsync(context, new JsonObject { ["token"] = crm.IssueToken() }).ConfigureAwait(false);
    }

    private static async Task CreateLeadAsync(HttpContext context, CrmApiEmulator crm)
    {
        var body = await ReadObjectAsync(context).ConfigureAwait(false);
        if (body is null)
        {
            await ErrorAsync(context, InvalidValueCode, "The body is not a JSON object.").ConfigureAwait(false);
            return;
        }

        if (crm.CheckToken(Text(body, "token")) is { } tokenError)
        {
            var message = tokenError == ExpiredTokenCode ? "The token has expired." : "The token is invalid.";
            await ErrorAsync(context, tokenError, message).ConfigureAwait(false);
            return;
        }

        var contactField = crm.Options.ContactInformationFieldName;
        var problems = CrmLeadBodyChecker.Check(body, contactField);
        if (problems.Count > 0)
        {
            var code = problems.Exists(p => p.Mandatory) ? MandatoryFieldCode : InvalidValueCode;
            await ErrorAsync(context, code, problems[0].Message, string.Join(" ", problems.Select(p => p.Message))).ConfigureAwait(false);
            return;
        }

        var lead = BuildLead(body, contactField, crm.NextLeadNumber(), crm.TimeProvider.GetUtcNow());
        crm.Add(lead);
        await OkAsync(context, Trim(lead, Text(body, "fields_set"))).ConfigureAwait(false);
    }

    // The lead in the leads/show shape, with log_information, a member the SDK's model does not map (as a real server
    // returns many), so clients can be seen to keep what they do not know.
    private static JsonObject BuildLead(JsonObject body, string contactField, int number, DateTimeOffset now)
    {
        var lead = new JsonObject
        {
            ["id"] = Guid.NewGuid().ToString("N"),
            ["number"] = "LEAD" + number.ToString("D6", CultureInfo.InvariantCulture),
            ["life_cycle_state"] = "PENDING",
            ["type"] = body["type_identifier"]?.DeepClone(),
            ["status"] = body["status_identifier"]?.DeepClone() ?? new JsonObject { ["name"] = "New" },
            ["contact_information"] = body[contactField]?.DeepClone(),
            ["log_information"] = new JsonObject { ["created_date"] = now.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture) },
        };
        foreach (var (key, value) in body)
        {
            var echoed = key is "description" or "importance" or "priority" or "probability_to_win" or "target_amount"
                or "contact_email" or "contact_phone" or "start_date" or "expected_completion_date"
                || key.StartsWith("udf_", StringComparison.Ordinal);
            if (echoed)
            {
                lead[key] = value?.DeepClone();
            }
        }

        return lead;
    }

    private static JsonObject Trim(JsonObject lead, string? fieldsSet)
    {
        if (string.IsNullOrWhiteSpace(fieldsSet))
        {
            return lead;
        }

        var wanted = fieldsSet.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        var trimmed = new JsonObject();
        foreach (var (key, value) in lead)
        {
            if (wanted.Contains(key))
            {
                trimmed[key] = value?.DeepClone();
            }
        }

        return trimmed;
    }

    private static async Task<JsonObject?> ReadObjectAsync(HttpContext context)
    {
        try
        {
            return await JsonNode.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted).ConfigureAwait(false) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    internal static string? Text(JsonObject body, string key)
        => body[key] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    private static Task OkAsync(HttpContext context, JsonNode data)
        => WriteAsync(context, new JsonObject
        {
            ["status"] = new JsonObject { ["code"] = "OK", ["message"] = null, ["description"] = null },
            ["data"] = data,
        });

    private static Task ErrorAsync(HttpContext context, string code, string message, string? description = null)
        => WriteAsync(context, new JsonObject
        {
            ["status"] = new JsonObject { ["code"] = code, ["message"] = message, ["description"] = description ?? message },
            ["data"] = null,
        });

    private static Task WriteAsync(HttpContext context, JsonObject envelope)
    {
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = "application/json; charset=utf-8";
        return context.Response.WriteAsync(envelope.ToJsonString(), context.RequestAborted);
    }
}
