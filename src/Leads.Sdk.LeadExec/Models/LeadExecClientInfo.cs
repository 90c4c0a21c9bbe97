namespace Leads.Sdk.LeadExec.Models;

/// <summary>One agent a call should be transferred to (<c>ClientInfos</c> / <c>ClientInfo</c>).</summary>
public sealed class LeadExecClientInfo
{
    /// <summary><c>ClientUID</c>: the client's identifier.</summary>
    public long? ClientId { get; init; }

    /// <summary><c>ClientName</c>: the client's name.</summary>
    public string? ClientName { get; init; }

    /// <summary><c>AgentName</c>: the agent to transfer to.</summary>
    public string? AgentName { get; init; }

    /// <summary><c>AgentPhone</c>: the agent's phone number, as sent (for example <c>7025551212</c>).</summary>
    public string? AgentPhone { get; init; }
}
