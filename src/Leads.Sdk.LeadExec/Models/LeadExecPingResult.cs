using System.Collections.ObjectModel;
using System.Text.Json;

namespace Leads.Sdk.LeadExec.Models;

/// <summary>The answer to a PING (<c>PingResponse</c>).</summary>
public sealed class LeadExecPingResult
{
    /// <summary><c>WillAccept</c>: whether the PING is accepted, that is, a buyer will take the lead.</summary>
    public bool IsAccepted { get; init; }

    /// <summary><c>RequestID</c>: the PING's identifier.</summary>
    public string? RequestId { get; init; }

    /// <summary><c>OrderID</c>: send it as <c>orderid</c> with the POST.</summary>
    public string? OrderId { get; init; }

    /// <summary><c>EstimatedPrice</c>: the estimated payout (sent as a string or a number).</summary>
    public decimal? EstimatedPrice { get; init; }

    /// <summary>
    /// <c>OrderExpiresOn</c>: when the order ID expires, as the server wrote it. The doc's example (<c>4/30/2020 1:53:45 PM</c>)
    /// states no zone, so such a value has <see cref="DateTimeKind.Unspecified"/> and no zone is assumed; a value with
    /// <c>Z</c> or an offset is converted to UTC (<see cref="DateTimeKind.Utc"/>). The server decides whether an order has
    /// expired: <c>PingAndPostLeadAsync</c> posts regardless and reports its answer.
    /// </summary>
    public DateTime? OrderExpiresOn { get; init; }

    /// <summary><c>Response</c>: details, for example <c>Coverage found, please supply Order ID in POST</c>.</summary>
    public string? ResponseDetails { get; init; }

    /// <summary>
    /// The HTTP response this result came from: status code, headers and request id, secrets masked. Set by the client;
    /// null only for a result built in code (tests).
    /// </summary>
    public LeadsResponse? RawResponse { get; init; }

    /// <summary>
    /// The response's top-level fields this model does not know (newer than the doc, or specific to your account), by
    /// name as sent: JSON values as they arrived; in an XML response, each element's text as a JSON string. Never null.
    /// </summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalFields { get; internal init; } = ReadOnlyDictionary<string, JsonElement>.Empty;

    /// <inheritdoc/>
    public override string ToString() => $"LeadExecPingResult {{ IsAccepted = {IsAccepted}, OrderId = {OrderId}, EstimatedPrice = {EstimatedPrice}, OrderExpiresOn = {OrderExpiresOn:O} }}";
}
