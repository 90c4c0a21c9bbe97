using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Leads.Sdk.Aimbase.Models;
using Leads.Sdk.Aimbase.Serialization;
using Leads.Sdk.CrmApi.Models;
using Leads.Sdk.CrmApi.Serialization;
using Leads.Sdk.LeadExec.Models;

namespace Leads.Sdk.Delivery.Serialization;

/// <summary>
/// Turns the requests the clients take into the JSON the outbox stores and back, exactly: every property, the
/// <c>AdditionalFields</c> in their order, LeadExec fields in their order. The Aimbase and CRM.COM models are written
/// with their packages' own source-generated contexts (so a new model property is stored without a change here); what
/// those wire formats would shorten (Aimbase <c>LeadDate</c> to the second, CRM.COM dates to the second) is kept in full.
/// </summary>
internal static class LeadPayloadSerializer
{
    private const string ModelProperty = "model";
    private const string AdditionalFieldsProperty = "additionalFields";
    private const string LeadDateProperty = "leadDate";

    // "O" keeps every tick and the offset, which the CRM.COM wire format (to the second) would drop.
    private static readonly CrmApiJsonContext CrmContext = CrmApiJsonContext.WithDateFormat("yyyy-MM-dd'T'HH:mm:ss.fffffffzzz");

    public static string Write(AimbaseLead lead)
    {
        ArgumentNullException.ThrowIfNull(lead);
        return WriteEnvelope(writer =>
        {
            writer.WritePropertyName(ModelProperty);
            JsonSerializer.Serialize(writer, lead, AimbaseJsonContext.Default.AimbaseLead);
            if (lead.LeadDate is { } leadDate)
            {
                writer.WriteString(LeadDateProperty, leadDate.ToString("O", CultureInfo.InvariantCulture));
            }

            WriteAdditionalFields(writer, lead.AdditionalFields);
        });
    }

    public static AimbaseLead ReadAimbase(string payload)
    {
        using var document = JsonDocument.Parse(payload);
        var root = document.RootElement;
        var lead = root.GetProperty(ModelProperty).Deserialize(AimbaseJsonContext.Default.AimbaseLead)
            ?? throw new JsonException("The stored Aimbase lead is null.");
        if (root.TryGetProperty(LeadDateProperty, out var leadDate))
        {
            lead.LeadDate = DateTimeOffset.ParseExact(leadDate.GetString()!, "O", CultureInfo.InvariantCulture);
        }

        ReadAdditionalFields(root, lead.AdditionalFields);
        return lead;
    }

    public static string Write(CrmCreateLeadRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return WriteEnvelope(writer =>
        {
            writer.WritePropertyName(ModelProperty);
            JsonSerializer.Serialize(writer, request, CrmContext.CrmCreateLeadRequest);
            WriteAdditionalFields(writer, request.AdditionalFields);
        });
    }

    public static CrmCreateLeadRequest ReadCrm(string payload)
    {
        using var document = JsonDocument.Parse(payload);
        var root = document.RootElement;
        var request = root.GetProperty(ModelProperty).Deserialize(CrmContext.CrmCreateLeadRequest)
            ?? throw new JsonException("The stored CRM.COM request is null.");
        ReadAdditionalFields(root, request.AdditionalFields);
        return request;
    }

    public static string Write(LeadExecCreateLeadRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var lead = request.Lead;
        var record = new LeadExecRequestRecord
        {
            HasLead = lead is not null,
            Reference = lead?.Reference,
            ShouldNotSell = lead?.ShouldNotSell,
            IvrNumber = lead?.IvrNumber,
            CallDurationTicks = lead?.CallDuration?.Ticks,
            CallResult = lead?.CallResult,
            CallDate = lead?.CallDate?.ToString("O", CultureInfo.InvariantCulture),
            Fields = lead is null ? [] : [.. lead.Fields.Select(field => new[] { field.Key, field.Value })],
            PostType = request.PostType,
            Encoding = request.Encoding,
            ResponseFormat = request.ResponseFormat,
            HasCredentials = request.Credentials is not null,
            VendorId = request.Credentials?.VendorId,
            LeadTypeId = request.Credentials?.LeadTypeId,
            AffiliateId = request.Credentials?.AffiliateId,
            OrderId = request.OrderId,
            ReturnUrl = request.ReturnUrl?.OriginalString,
            SendDelayTicks = request.SendDelay?.Ticks,
        };
        return JsonSerializer.Serialize(record, DeliveryJsonContext.Default.LeadExecRequestRecord);
    }

    public static LeadExecCreateLeadRequest ReadLeadExec(string payload)
    {
        var record = JsonSerializer.Deserialize(payload, DeliveryJsonContext.Default.LeadExecRequestRecord)
            ?? throw new JsonException("The stored LeadExec request is null.");
        LeadExecLead? lead = null;
        if (record.HasLead)
        {
            lead = new LeadExecLead
            {
                Reference = record.Reference,
                ShouldNotSell = record.ShouldNotSell,
                IvrNumber = record.IvrNumber,
                CallDuration = record.CallDurationTicks is { } duration ? TimeSpan.FromTicks(duration) : null,
                CallResult = record.CallResult,
                CallDate = record.CallDate is { } callDate ? DateTime.ParseExact(callDate, "O", CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind) : null,
            };
            foreach (var field in record.Fields)
            {
                lead.Fields.Add(field[0], field[1]);
            }
        }

        return new LeadExecCreateLeadRequest
        {
            Lead = lead,
            PostType = record.PostType,
            Encoding = record.Encoding,
            ResponseFormat = record.ResponseFormat,
            Credentials = record.HasCredentials
                ? new LeadExecCredentials { VendorId = record.VendorId, LeadTypeId = record.LeadTypeId, AffiliateId = record.AffiliateId }
                : null,
            OrderId = record.OrderId,
            ReturnUrl = record.ReturnUrl is { } url ? new Uri(url, UriKind.RelativeOrAbsolute) : null,
            SendDelay = record.SendDelayTicks is { } delay ? TimeSpan.FromTicks(delay) : null,
        };
    }

    private static string WriteEnvelope(Action<Utf8JsonWriter> writeProperties)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writeProperties(writer);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static void WriteAdditionalFields(Utf8JsonWriter writer, IDictionary<string, JsonNode?> fields)
    {
        if (fields.Count == 0)
        {
            return;
        }

        // An array of [name, value] pairs rather than an object: the order survives whatever reads it.
        writer.WriteStartArray(AdditionalFieldsProperty);
        foreach (var (name, value) in fields)
        {
            writer.WriteStartArray();
            writer.WriteStringValue(name);
            if (value is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                value.WriteTo(writer);
            }

            writer.WriteEndArray();
        }

        writer.WriteEndArray();
    }

    private static void ReadAdditionalFields(JsonElement root, IDictionary<string, JsonNode?> fields)
    {
        if (!root.TryGetProperty(AdditionalFieldsProperty, out var pairs))
        {
            return;
        }

        foreach (var pair in pairs.EnumerateArray())
        {
            var value = pair[1];
            fields.Add(pair[0].GetString()!, value.ValueKind == JsonValueKind.Null ? null : JsonNode.Parse(value.GetRawText()));
        }
    }
}
