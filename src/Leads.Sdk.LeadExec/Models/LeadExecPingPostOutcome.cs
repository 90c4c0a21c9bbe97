namespace Leads.Sdk.LeadExec.Models;

/// <summary>What <c>PingPostAsync</c> did after the PING.</summary>
public enum LeadExecPingPostOutcome
{
    /// <summary>The lead was posted with the order ID; read the POST's own result.</summary>
    Posted,

    /// <summary>The PING answered <c>WillAccept = false</c> (or gave no order ID); nothing was posted.</summary>
    NotAccepted,

    /// <summary>The order had expired (by the client's clock) before the POST; nothing was posted.</summary>
    OrderExpired,

    /// <summary>The estimated price was missing or below the minimum; nothing was posted.</summary>
    BelowMinimumPrice,
}
