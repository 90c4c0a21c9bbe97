namespace Leads.Sdk.LeadExec.Models;

/// <summary>Both halves of a ping/post: the PING's answer, and the POST's when one was sent.</summary>
public sealed class LeadExecPingAndPostLeadResult
{
    /// <summary>The PING's answer.</summary>
    public required LeadExecPingResult Ping { get; init; }

    /// <summary>The POST's answer; null when nothing was posted (see <see cref="Outcome"/>).</summary>
    public LeadExecPostResult? Post { get; init; }

    /// <summary>Whether the lead was posted, and if not, why.</summary>
    public LeadExecPingAndPostOutcome Outcome { get; init; }

    /// <summary>A sentence saying why nothing was posted; null when posted.</summary>
    public string? Reason { get; init; }

    /// <inheritdoc/>
    public override string ToString() => $"PingPost {{ Outcome = {Outcome}, Reason = {Reason}, Post = {Post} }}";
}
