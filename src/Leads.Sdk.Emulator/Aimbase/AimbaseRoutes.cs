using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Leads.Sdk.Emulator.Aimbase;

/// <summary>
/// The Aimbase Lead API fake: <c>POST /marketing/api/lead?manufacturer={code}</c> with JSON or XML. It answers in the
/// request's format: 201 with one record per lead in submission order (Failure records carry field messages), 400
/// with a <c>TopLevelError</c> for a bad request, 401 for a wrong <c>Authenticate</c> header, 500 when
/// <see cref="AimbaseEmulatorOptions.SimulateImportFailure"/> is set. A lead's fields named in
/// <see cref="AimbaseEmulatorOptions.UndocumentedLeadFields"/> are accepted and echoed in its record.
/// </summary>
internal static class AimbaseRoutes
{
    private const string XsiNamespace = "http://www.w3.org/2001/XMLSchema-instance";
    private const string XsdNamespace = "http://www.w3.org/2001/XMLSchema";

    public static void Map(WebApplication app, LeadsEmulator emulator)
    {
        var nextId = 1000L;
        app.MapPost("/marketing/api/lead", async (HttpContext context) =>
        {
            var options = emulator.Options.Aimbase;
            var request = context.Request;
            var mediaType = request.ContentType ?? string.Empty;
            var xml = mediaType.Contains("xml", StringComparison.OrdinalIgnoreCase);
            var json = mediaType.Contains("json", StringComparison.OrdinalIgnoreCase);

            var expected = $"Avala-Api {options.Username}:{options.ApiToken}";
            if (!string.Equals(request.Headers["Authenticate"].ToString(), expected, StringComparison.Ordinal))
            {
                await WriteAsync(context, StatusCodes.Status401Unauthorized, xml, Error("Authorization has been denied for this request.", xml)).ConfigureAwait(false);
                return;
            }

            var manufacturer = request.Query["manufacturer"].ToString();
            if (!string.Equals(manufacturer, options.ManufacturerCode, StringComparison.OrdinalIgnoreCase))
            {
                await BadRequestAsync(context, xml, $"The manufacturer '{manufacturer}' is not valid.").ConfigureAwait(false);
                return;
            }

            if (!xml && !json)
            {
                await BadRequestAsync(context, xml, "The request content type must be application/json or application/xml.").ConfigureAwait(false);
                return;
            }

            string body;
            using (var reader = new StreamReader(request.Body, Encoding.UTF8))
            {
                body = await reader.ReadToEndAsync(context.RequestAborted).ConfigureAwait(false);
            }

            var leads = xml ? AimbaseRequestParser.ParseXml(body) : AimbaseRequestParser.ParseJson(body);
            if (leads is null || leads.Count == 0)
            {
                await BadRequestAsync(context, xml, leads is null ? "The request body could not be parsed as a list of leads." : "No leads were submitted.").ConfigureAwait(false);
                return;
            }

            if (options.SimulateImportFailure)
            {
                await WriteAsync(context, StatusCodes.Status500InternalServerError, xml, Error("An unknown error occurred during the import.", xml)).ConfigureAwait(false);
                return;
            }

            var records = leads.Select(lead =>
            {
                var messages = AimbaseLeadChecker.Check(lead, options);
                var identifier = lead.Get("LeadApiIdentifier");
                var echoed = Echoed(lead, options.UndocumentedLeadFields, xml);
                return messages.Count == 0
                    ? new Record(identifier, Interlocked.Increment(ref nextId).ToString(CultureInfo.InvariantCulture), "Success", "Lead successfully received", messages, echoed)
                    : new Record(identifier, null, "Failure", "Lead failed validation", messages, echoed);
            }).ToList();
            await WriteAsync(context, StatusCodes.Status201Created, xml, xml ? RecordsXml(records) : RecordsJson(records)).ConfigureAwait(false);
        });
    }

    // The undocumented fields the lead carried, in arrival order: JSON text as received, or XML element text.
    private static List<(string Name, string? Value)> Echoed(AimbaseWireLead lead, ISet<string> accepted, bool xml)
    {
        var echoed = new List<(string, string?)>();
        if (accepted.Count == 0)
        {
            return echoed;
        }

        if (xml)
        {
            echoed.AddRange(lead.Values.Where(v => accepted.Contains(v.Key)).Select(v => (v.Key, v.Value)));
        }
        else
        {
            echoed.AddRange(lead.RawJson.Where(v => accepted.Contains(v.Key)).Select(v => (v.Key, (string?)v.Value)));
        }

        return echoed;
    }

    private static Task BadRequestAsync(HttpContext context, bool xml, string message)
        => WriteAsync(context, StatusCodes.Status400BadRequest, xml, xml ? Envelope(message) : JsonSerializer.Serialize(new { TopLevelError = message, LeadResponseRecords = Array.Empty<object>() }));

    private static string Error(string message, bool xml)
        => xml ? $"<Error><Message>{Escape(message)}</Message></Error>" : JsonSerializer.Serialize(new { Message = message });

    private static string Envelope(string message)
        => $"<Leads xmlns:xsi=\"{XsiNamespace}\" xmlns:xsd=\"{XsdNamespace}\"><TopLevelError>{Escape(message)}</TopLevelError></Leads>";

    private static string RecordsJson(List<Record> records) => new JsonObject
    {
        ["TopLevelError"] = null,
        ["LeadResponseRecords"] = new JsonArray([.. records.Select(RecordJson)]),
    }.ToJsonString();

    private static JsonObject RecordJson(Record record)
    {
        var json = new JsonObject
        {
            ["LeadApiIdentifier"] = record.LeadApiIdentifier,
            ["Id"] = record.Id,
            ["Status"] = record.Status,
            ["StatusMessage"] = record.StatusMessage,
            ["Messages"] = new JsonArray([.. record.Messages.Select(m => new JsonObject { ["Field"] = m.Field, ["Message"] = m.Message })]),
        };
        foreach (var (name, rawJson) in record.Echoed)
        {
            json[name] = rawJson is null ? null : JsonNode.Parse(rawJson);
        }

        return json;
    }

    private static string RecordsXml(List<Record> records)
    {
        using var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false) }))
        {
            writer.WriteStartElement("Leads");
            writer.WriteAttributeString("xmlns", "xsi", null, XsiNamespace);
            writer.WriteAttributeString("xmlns", "xsd", null, XsdNamespace);
            foreach (var record in records)
            {
                writer.WriteStartElement("Lead");
                if (record.Id is not null)
                {
                    writer.WriteElementString("Id", record.Id);
                }

                writer.WriteElementString("Status", record.Status);
                writer.WriteElementString("StatusMessage", record.StatusMessage);
                writer.WriteStartElement("Messages");
                foreach (var (field, message) in record.Messages)
                {
                    writer.WriteStartElement("Message");
                    writer.WriteElementString("Field", field);
                    writer.WriteElementString("Message", message);
                    writer.WriteEndElement();
                }

                writer.WriteEndElement();
                writer.WriteElementString("LeadApiIdentifier", record.LeadApiIdentifier);
                foreach (var (name, text) in record.Echoed)
                {
                    writer.WriteElementString(name, text);
                }

                writer.WriteEndElement();
            }

            writer.WriteEndElement();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static string Escape(string text) => System.Security.SecurityElement.Escape(text);

    private static async Task WriteAsync(HttpContext context, int status, bool xml, string body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = xml ? "application/xml; charset=utf-8" : "application/json; charset=utf-8";
        await context.Response.WriteAsync(body, context.RequestAborted).ConfigureAwait(false);
    }

    private sealed record Record(
        string? LeadApiIdentifier,
        string? Id,
        string Status,
        string StatusMessage,
        List<(string Field, string Message)> Messages,
        List<(string Name, string? Value)> Echoed);
}
