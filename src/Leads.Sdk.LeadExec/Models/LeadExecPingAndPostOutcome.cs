namespace Leads.Sdk.LeadExec.Models;

/// <summary>
/// What <c>PingAndPostLeadAsync</c> did after the PING. There is no "order expired" outcome: <c>OrderExpiresOn</c> has no zone in
/// the doc, so the client posts and the server's answer says whether the order was still good.
/// </summary>
public enum LeadExecPingAndPostOutcome
{
    /// <summary>
    /// The lead was posted with the order ID; read the POST's own result (<see cref="LeadExecPingAndPostLeadResult.Post"/>), which
    /// also says whether the server still honoured the order. The client does not judge <c>OrderExpiresOn</c> itself.
    /// </summary>
    Posted = 0,

    /// <summary>The PING answered <c>WillAccept = false</c> (or gave no order ID); nothing was posted.</summary>
    NotAccepted = 1,

    /// <summary>The estimated price was missing or below the minimum; nothing was posted.</summary>
    BelowMinimumPrice = 3, // 2 was OrderExpired, removed; values are kept stable.
}
