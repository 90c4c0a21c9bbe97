using System.Globalization;
using System.Text;
using System.Xml;
using Leads.Sdk.Http;
using Leads.Sdk.LeadExec.Models;
using Leads.Sdk.Serialization;

namespace Leads.Sdk.LeadExec.Serialization;

/// <summary>
/// Maps every documented response from a <see cref="ResponseNode"/>, so JSON and XML are read by the same code:
/// numbers and booleans as values or strings, <c>ResponseType</c> by name or number, US or ISO dates (UTC when no
/// offset is given), empty strings as null, and the doc's spelling variants (<c>ResponseDetail</c>/<c>ResponseDetails</c>,
/// <c>ReceviedOn</c>/<c>ReceivedOn</c>).
/// </summary>
internal static class LeadExecResponseParser
{
    public static LeadExecPostResult PostResult(ResponseNode node, LeadsResponse raw) => new()
    {
        PostId = node.Text("PostID"),
        IsValidPost = RequiredBool(node, "isValidPost"),
        ResponseType = ResponseType(node.Text("ResponseType")),
        ResponseDetails = node.Text("ResponseDetails", "ResponseDetail"),
        LeadId = Long(node, "LeadIdentifier"),
        AssignedVendorAccountId = Long(node, "VendorAccountAssigned"),
        IsPendingQualityControlReview = Bool(node, "PendingQCReview"),
        Price = Decimal(node, "Price"),
        RedirectUrl = node.Text("RedirectURL"),
        StatusUrl = node.Text("StatusURL"),
        Sends = List(node.Items("Sends"), Send),
        ClientInfos = List(node.Items("ClientInfos"), ClientInfo),
        RawResponse = raw,

        // Last: every name the model reads has been looked up by now.
        AdditionalFields = node.UnreadFields(),
    };

    public static LeadExecQueueResult QueueResult(ResponseNode node, LeadsResponse raw) => new()
    {
        IsQueued = RequiredBool(node, "QueueSuccessful"),
        PostId = node.Text("PostID"),
        ResponseDetails = node.Text("ResponseDetails", "ResponseDetail"),
        StatusUrl = node.Text("StatusURL"),
        RawResponse = raw,

        // Last: every name the model reads has been looked up by now.
        AdditionalFields = node.UnreadFields(),
    };

    public static LeadExecQueueStatus QueueStatus(ResponseNode node, LeadsResponse raw) => new()
    {
        PostId = node.Text("PostID"),
        LeadId = Long(node, "LeadIdentifier"),
        IsValid = Bool(node, "IsValid") ?? false,
        RejectionReason = node.Text("RejectionReason"),
        AssignedVendorAccountId = Long(node, "VendorAccountAssigned"),
        DateReceived = Date(node, "DateReceived"),
        QualityControlDetails = node.Child("QualityControlDetails") is { } qc
            ? new LeadExecQualityControlDetails
            {
                IsPendingReview = Bool(qc, "PendingReview") ?? false,
                DateOfReview = Date(qc, "DateOfReview"),
                IsQualityControlRejected = Bool(qc, "IsQualityControlRejected") ?? false,
                RejectionReason = qc.Text("RejectionReason"),
            }
            : null,
        ReturnDetails = node.Child("ReturnDetails") is { } returns
            ? new LeadExecReturnDetails
            {
                IsReturned = Bool(returns, "IsReturned") ?? false,
                DateOfReturn = Date(returns, "DateOfReturn"),
                ReturnReason = returns.Text("ReturnReason"),
            }
            : null,
        Price = Decimal(node, "Price"),
        RawResponse = raw,

        // Last: every name the model reads has been looked up by now.
        AdditionalFields = node.UnreadFields(),
    };

    public static LeadExecPingResult PingResult(ResponseNode node, LeadsResponse raw) => new()
    {
        IsAccepted = RequiredBool(node, "WillAccept"),
        RequestId = node.Text("RequestID"),
        OrderId = node.Text("OrderID"),
        EstimatedPrice = Decimal(node, "EstimatedPrice"),
        OrderExpiresOn = AsWritten(node, "OrderExpiresOn"),
        ResponseDetails = node.Text("Response"),
        RawResponse = raw,

        // Last: every name the model reads has been looked up by now.
        AdditionalFields = node.UnreadFields(),
    };

    public static LeadExecCheckDuplicateLeadResult CheckDuplicateLeadResult(ResponseNode node, LeadsResponse raw) => new()
    {
        IsDuplicate = RequiredBool(node, "IsDuplicate"),
        DuplicateLeadId = Long(node, "DuplicateLeadId"),
        ReceivedOn = Date(node, "ReceivedOn", "ReceviedOn"),
        ResponseDetails = node.Text("Response"),
        RawResponse = raw,

        // Last: every name the model reads has been looked up by now.
        AdditionalFields = node.UnreadFields(),
    };

    /// <summary>Finds <c>ResponseType</c> and <c>ResponseDetails</c> in an error body, if it has them; never throws.</summary>
    public static ApiErrorBody ErrorBody(string body, string? mediaType)
    {
        try
        {
            var trimmed = body[BodyStart.IndexIn(body)..];
            ApiErrorBody Read(ResponseNode node) => new(node.Text("ResponseType"), node.Text("ResponseDetails", "ResponseDetail", "Response", "Message"));
            if (trimmed.StartsWith('<'))
            {
                var root = SafeXml.Parse(trimmed).Root;
                return root is null ? default : Read(new XmlResponseNode(root));
            }

            return trimmed.StartsWith('{') || trimmed.StartsWith('[')
                ? JsonElementNode.Map(Encoding.UTF8.GetBytes(trimmed), Read, static (node, read) => read(node))
                : default;
        }
        catch (Exception exception) when (exception is FormatException or XmlException or System.Text.Json.JsonException or InvalidOperationException)
        {
            return default;
        }
    }

    private static LeadExecSend Send(ResponseNode node) => new()
    {
        // The doc's own XML example has a name in ClientUID; such a value is read as "no identifier".
        ClientId = long.TryParse(node.Text("ClientUID"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var uid) ? uid : null,
        ClientName = node.Text("ClientName"),
        RedirectUrl = node.Text("RedirectURL"),
        IsValid = Bool(node, "Valid") ?? false,
        Price = Decimal(node, "Price"),
    };

    private static LeadExecClientInfo ClientInfo(ResponseNode node) => new()
    {
        ClientId = long.TryParse(node.Text("ClientUID"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var uid) ? uid : null,
        ClientName = node.Text("ClientName"),
        AgentName = node.Text("AgentName"),
        AgentPhone = node.Text("AgentPhone"),
    };

    private static T[] List<T>(IReadOnlyList<ResponseNode> nodes, Func<ResponseNode, T> map)
    {
        if (nodes.Count == 0)
        {
            return [];
        }

        var items = new T[nodes.Count];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = map(nodes[i]);
        }

        return items;
    }

    private static LeadExecResponseType ResponseType(string? text)
        => text is null ? LeadExecResponseType.Unknown
            : LeadExecResponseTypeConverter.Instance.TryParse(text, out var value) ? value : LeadExecResponseType.Unknown;

    private static bool RequiredBool(ResponseNode node, string name)
        => Bool(node, name) ?? throw new FormatException($"'{name}' is missing; the response cannot say whether the request succeeded.");

    private static bool? Bool(ResponseNode node, string name)
    {
        var text = node.Text(name);
        if (text is null)
        {
            return null;
        }

        // The common spellings first: the tolerant parser upper-cases a copy of the text.
        if (text.Equals("true", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (text.Equals("false", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return TolerantBooleanConverter.TryParse(text, out var value) ? value : throw new FormatException($"'{name}' is not a boolean: '{Short(text)}'.");
    }

    private static long? Long(ResponseNode node, string name)
    {
        var text = node.Text(name);
        if (text is null)
        {
            return null;
        }

        return long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new FormatException($"'{name}' is not a whole number: '{Short(text)}'.");
    }

    private static decimal? Decimal(ResponseNode node, string name)
    {
        var text = node.Text(name);
        if (text is null)
        {
            return null;
        }

        return decimal.TryParse(text, NumberStyles.Number | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new FormatException($"'{name}' is not a number: '{Short(text)}'.");
    }

    private static DateTimeOffset? Date(ResponseNode node, params ReadOnlySpan<string> names)
    {
        var text = node.Text(names);
        if (text is null)
        {
            return null;
        }

        return TolerantDateTimeOffsetConverter.TryParse(text, TimeSpan.Zero, out var value)
            ? value
            : throw new FormatException($"'{names[0]}' is not a date: '{Short(text)}'.");
    }

    /// <summary>
    /// A date parsed (and refused) like <see cref="Date"/>, kept as written: without a zone when the text states none,
    /// rather than assuming one; in UTC when it states <c>Z</c> or an offset.
    /// </summary>
    private static DateTime? AsWritten(ResponseNode node, string name)
    {
        if (Date(node, name) is not { } parsed)
        {
            return null;
        }

        var statesZone = DateTime.TryParse(node.Text(name), CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.RoundtripKind, out var written)
            && written.Kind != DateTimeKind.Unspecified;
        return statesZone ? parsed.UtcDateTime : DateTime.SpecifyKind(parsed.DateTime, DateTimeKind.Unspecified);
    }

    private static string Short(string text) => text.Length <= 64 ? text : text[..64] + "…";
}
