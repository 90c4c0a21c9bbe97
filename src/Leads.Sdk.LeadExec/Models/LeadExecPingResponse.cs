namespace Leads.Sdk.LeadExec.Models;

/// <summary>The answer to a PING (<c>PingResponse</c>).</summary>
public sealed class LeadExecPingResponse
{
    /// <summary><c>WillAccept</c>: whether a buyer will take the lead.</summary>
    public bool WillAccept { get; init; }

    /// <summary><c>RequestID</c>: the PING's identifier.</summary>
    public string? RequestId { get; init; }

    /// <summary><c>OrderID</c>: send it as <c>orderid</c> with the POST.</summary>
    public string? OrderId { get; init; }

    /// <summary><c>EstimatedPrice</c>: the estimated payout (sent as a string or a number).</summary>
    public decimal? EstimatedPrice { get; init; }

    /// <summary><c>OrderExpiresOn</c>: when the order ID expires (US format, read as UTC).</summary>
    public DateTimeOffset? OrderExpiresOn { get; init; }

    /// <summary><c>Response</c>: details, for example <c>Coverage found, please supply Order ID in POST</c>.</summary>
    public string? Response { get; init; }

    /// <inheritdoc/>
    public override string ToString() => $"PingResponse {{ WillAccept = {WillAccept}, OrderId = {OrderId}, EstimatedPrice = {EstimatedPrice}, OrderExpiresOn = {OrderExpiresOn:O} }}";
}
