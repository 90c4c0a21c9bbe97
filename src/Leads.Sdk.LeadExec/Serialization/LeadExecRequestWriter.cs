using System.Globalization;
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
        int? sendDelay)
    {
        var callData = postType == LeadExecPostType.CallData;
        switch (encoding)
        {
            case LeadExecEncoding.Form:
                var pairs = Source(credentials, includePassword: true);
                pairs.Add(new("orderid", orderId));
                if (callData)
                {
                    pairs.Add(new("ivrnumber", lead.IvrNumber));
                    pairs.Add(new("callduration", Number(lead.CallDuration)));
                    pairs.Add(new("callresult", lead.CallResult));
                    pairs.Add(new("calldate", CallDate(lead.CallDate)));
                }

                pairs.Add(new("returnurl", returnUrl));
                return LeadsHttpContent.Form(WithFields(pairs, lead.Fields));

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
                        WriteElement(writer, "CallDuration", Number(lead.CallDuration));
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
                        SendDelay = sendDelay,
                        ReturnUrl = returnUrl,
                    },
                    new JsonLeadProperties
                    {
                        Reference = lead.Reference,
                        NoSell = lead.NoSell,
                        IvrNumber = callData ? lead.IvrNumber : null,
                        CallDuration = callData ? lead.CallDuration : null,
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

    public static HttpContent Update(LeadExecEncoding encoding, LeadExecUpdateRequest request, ResolvedCredentials credentials)
    {
        // The doc's update carries vid and lid only: no aid, no password.
        if (encoding == LeadExecEncoding.Form)
        {
            List<KeyValuePair<string, string?>> pairs =
            [
                new("vid", Number(credentials.VendorId)),
                new("lid", Number(credentials.LeadTypeId)),
                new("lpleaduid", request.LeadId.ToString(CultureInfo.InvariantCulture)),
                new("processDelivery", Bool(request.ProcessDelivery)),
            ];
            return LeadsHttpContent.Form(WithFields(pairs, request.Fields));
        }

        return Json(
            new JsonSource { Vid = credentials.VendorId, Lid = credentials.LeadTypeId },
            new JsonLeadProperties { LeadUid = request.LeadId, ProcessDelivery = request.ProcessDelivery },
            request.Fields);
    }

    /// <summary>PING and duplicate check: the credentials (with <c>aid</c>) and the fields; JSON <c>properties</c> is <c>{}</c>.</summary>
    private static ByteArrayContent Lookup(LeadExecEncoding encoding, LeadExecFieldCollection fields, ResolvedCredentials credentials, string? returnUrl)
    {
        if (encoding == LeadExecEncoding.Form)
        {
            var pairs = Source(credentials, includePassword: true);
            pairs.Add(new("returnurl", returnUrl));
            return LeadsHttpContent.Form(WithFields(pairs, fields));
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
        var body = new JsonRequestBody
        {
            Source = source,
            Leads = [new JsonLead { Properties = properties, Fields = fields.ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal) }],
        };
        return LeadsHttpContent.Json(body, LeadExecJsonContext.Default.JsonRequestBody);
    }

    private static List<KeyValuePair<string, string?>> Source(ResolvedCredentials credentials, bool includePassword) =>
    [
        new("vid", Number(credentials.VendorId)),
        new("lid", Number(credentials.LeadTypeId)),
        new("aid", Number(credentials.AffiliateId)),
        new("password", includePassword ? credentials.Password : null),
    ];

    private static List<KeyValuePair<string, string?>> WithFields(List<KeyValuePair<string, string?>> pairs, LeadExecFieldCollection fields)
    {
        foreach (var (name, value) in fields)
        {
            pairs.Add(new(name, value));
        }

        return pairs;
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
