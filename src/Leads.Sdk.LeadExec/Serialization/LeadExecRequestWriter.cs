using System.Buffers;
using System.Globalization;
using System.Text.Json;
using System.Xml;
using Leads.Sdk.LeadExec.Internal;
using Leads.Sdk.LeadExec.Models;
using Leads.Sdk.Serialization;

namespace Leads.Sdk.LeadExec.Serialization;

/// <summary>
/// Writes request bodies exactly as the doc shows them. Form: <c>vid lid aid password orderid</c>, the call-data keys,
/// <c>returnurl</c>, then the fields. XML: <c>&lt;Leads vid lid aid password returnurl&gt;&lt;Lead reference&gt;</c> with
/// the call-data elements, then one element per field. JSON: <c>{"source":{…},"leads":[{"properties":{…},"fields":{…}}]}</c>.
/// Unset optional values are left out rather than sent empty.
/// </summary>
internal static class LeadExecRequestWriter
{
    public static HttpContent Insert(
        LeadExecEncoding encoding,
        LeadExecPostType postType,
        LeadExecLead lead,
        ResolvedCredentials credentials,
        string? orderId,
        string? returnUrl,
        TimeSpan? sendDelay)
    {
        var callData = postType == LeadExecPostType.CallData;
        switch (encoding)
        {
            case LeadExecEncoding.Form:
                return callData
                    ? Form(
                        [
                            new("vid", Number(credentials.VendorId)),
                            new("lid", Number(credentials.LeadTypeId)),
                            new("aid", Number(credentials.AffiliateId)),
                            new("password", credentials.Password),
                            new("orderid", orderId),
                            new("ivrnumber", lead.IvrNumber),
                            new("callduration", Number(WireDuration.Seconds(lead.CallDuration))),
                            new("callresult", lead.CallResult),
                            new("calldate", CallDate(lead.CallDate)),
                            new("returnurl", returnUrl),
                        ],
                        lead.Fields)
                    : Form(
                        [
                            new("vid", Number(credentials.VendorId)),
                            new("lid", Number(credentials.LeadTypeId)),
                            new("aid", Number(credentials.AffiliateId)),
                            new("password", credentials.Password),
                            new("orderid", orderId),
                            new("returnurl", returnUrl),
                        ],
                        lead.Fields);

            case LeadExecEncoding.Xml:
                return LeadsHttpContent.Xml(writer =>
                {
                    writer.WriteStartElement("Leads");
                    WriteAttribute(writer, "vid", Number(credentials.VendorId));
                    WriteAttribute(writer, "lid", Number(credentials.LeadTypeId));
                    WriteAttribute(writer, "aid", Number(credentials.AffiliateId));
                    WriteAttribute(writer, "password", credentials.Password);
                    WriteAttribute(writer, "returnurl", returnUrl);
                    writer.WriteStartElement("Lead");
                    WriteAttribute(writer, "reference", lead.Reference);
                    if (callData)
                    {
                        WriteElement(writer, "IVRNumber", lead.IvrNumber);
                        WriteElement(writer, "CallDuration", Number(WireDuration.Seconds(lead.CallDuration)));
                        WriteElement(writer, "CallResult", lead.CallResult);
                        WriteElement(writer, "CallDate", CallDate(lead.CallDate));
                    }

                    foreach (var (name, value) in lead.Fields)
                    {
                        writer.WriteElementString(name, value);
                    }

                    writer.WriteEndElement();
                    writer.WriteEndElement();
                });

            default:
                return Json(
                    new JsonSource
                    {
                        Vid = credentials.VendorId,
                        Aid = credentials.AffiliateId,
                        Lid = credentials.LeadTypeId,
                        Password = credentials.Password,
                        SendDelay = WireDuration.Hours(sendDelay),
                        ReturnUrl = returnUrl,
                    },
                    new JsonLeadProperties
                    {
                        Reference = lead.Reference,
                        NoSell = lead.ShouldNotSell,
                        IvrNumber = callData ? lead.IvrNumber : null,
                        CallDuration = callData ? WireDuration.Seconds(lead.CallDuration) : null,
                        CallResult = callData ? lead.CallResult : null,
                        CallDate = callData ? CallDate(lead.CallDate) : null,
                    },
                    lead.Fields);
        }
    }

    public static HttpContent Ping(LeadExecEncoding encoding, LeadExecFieldCollection fields, ResolvedCredentials credentials, string? returnUrl)
        => Lookup(encoding, fields, credentials, returnUrl);

    public static HttpContent DuplicateCheck(LeadExecEncoding encoding, LeadExecFieldCollection fields, ResolvedCredentials credentials)
        => Lookup(encoding, fields, credentials, returnUrl: null);

    public static HttpContent Update(LeadExecEncoding encoding, LeadExecUpdateLeadRequest request, ResolvedCredentials credentials)
    {
        // The doc's update carries vid and lid only: no aid, no password.
        if (encoding == LeadExecEncoding.Form)
        {
            return Form(
                [
                    new("vid", Number(credentials.VendorId)),
                    new("lid", Number(credentials.LeadTypeId)),
                    new("lpleaduid", request.LeadId.ToString(CultureInfo.InvariantCulture)),
                    new("processDelivery", Bool(request.ShouldProcessDelivery)),
                ],
                request.Fields);
        }

        return Json(
            new JsonSource { Vid = credentials.VendorId, Lid = credentials.LeadTypeId },
            new JsonLeadProperties { LeadUid = request.LeadId, ProcessDelivery = request.ShouldProcessDelivery },
            request.Fields);
    }

    /// <summary>PING and duplicate check: the credentials (with <c>aid</c>) and the fields; JSON <c>properties</c> is <c>{}</c>.</summary>
    private static ByteArrayContent Lookup(LeadExecEncoding encoding, LeadExecFieldCollection fields, ResolvedCredentials credentials, string? returnUrl)
    {
        if (encoding == LeadExecEncoding.Form)
        {
            return Form(
                [
                    new("vid", Number(credentials.VendorId)),
                    new("lid", Number(credentials.LeadTypeId)),
                    new("aid", Number(credentials.AffiliateId)),
                    new("password", credentials.Password),
                    new("returnurl", returnUrl),
                ],
                fields);
        }

        return Json(
            new JsonSource
            {
                Vid = credentials.VendorId,
                Aid = credentials.AffiliateId,
                Lid = credentials.LeadTypeId,
                Password = credentials.Password,
                ReturnUrl = returnUrl,
            },
            new JsonLeadProperties(),
            fields);
    }

    private static ByteArrayContent Json(JsonSource source, JsonLeadProperties properties, LeadExecFieldCollection fields)
    {
        // {"source":{…},"leads":[{"properties":{…},"fields":{…}}]} written straight from the field collection, so the
        // fields are not copied into a dictionary first; source and properties keep their source-generated metadata.
        return LeadsHttpContent.Json(
            (source, properties, fields),
            static (writer, body) =>
            {
                writer.WriteStartObject();
                writer.WritePropertyName("source"u8);
                JsonSerializer.Serialize(writer, body.source, LeadExecJsonContext.Default.JsonSource);
                writer.WriteStartArray("leads"u8);
                writer.WriteStartObject();
                writer.WritePropertyName("properties"u8);
                JsonSerializer.Serialize(writer, body.properties, LeadExecJsonContext.Default.JsonLeadProperties);
                writer.WriteStartObject("fields"u8);
                foreach (var (name, value) in body.fields.AsSpan())
                {
                    writer.WriteString(name, value);
                }

                writer.WriteEndObject();
                writer.WriteEndObject();
                writer.WriteEndArray();
                writer.WriteEndObject();
            });
    }

    /// <summary>A form body: <paramref name="head"/> (the SDK's keys, null values left out), then the fields, in order.</summary>
    private static ByteArrayContent Form(ReadOnlySpan<KeyValuePair<string, string?>> head, LeadExecFieldCollection fields)
    {
        var fieldSpan = fields.AsSpan();
        var count = head.Length + fieldSpan.Length;
        var pairs = ArrayPool<KeyValuePair<string, string?>>.Shared.Rent(count);
        try
        {
            head.CopyTo(pairs);
            for (var i = 0; i < fieldSpan.Length; i++)
            {
                pairs[head.Length + i] = new(fieldSpan[i].Key, fieldSpan[i].Value);
            }

            return LeadsHttpContent.Form(pairs.AsSpan(0, count));
        }
        finally
        {
            pairs.AsSpan(0, count).Clear();
            ArrayPool<KeyValuePair<string, string?>>.Shared.Return(pairs);
        }
    }

    private static void WriteAttribute(XmlWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteAttributeString(name, value);
        }
    }

    private static void WriteElement(XmlWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteElementString(name, value);
        }
    }

    private static string? Number(long? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static string? Bool(bool? value) => value switch { true => "true", false => "false", null => null };

    internal static string? CallDate(DateTime? value) => value?.ToString(LeadExecFieldCollection.DateTimeFormat, CultureInfo.InvariantCulture);
}
