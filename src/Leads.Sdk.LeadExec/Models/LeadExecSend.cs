namespace Leads.Sdk.LeadExec.Models;

/// <summary>One delivery of a lead (<c>Sends</c> / <c>SendInfo</c>).</summary>
public sealed class LeadExecSend
{
    /// <summary><c>ClientUID</c>: the client's identifier; null when the server sent something that is not a number.</summary>
    public long? ClientId { get; init; }

    /// <summary><c>ClientName</c>: the client's name.</summary>
    public string? ClientName { get; init; }

    /// <summary><c>RedirectURL</c>: the redirect URL the client asked for; null when empty.</summary>
    public string? RedirectUrl { get; init; }

    /// <summary><c>Valid</c>: whether the send succeeded.</summary>
    public bool IsValid { get; init; }

    /// <summary><c>Price</c>: what the client paid.</summary>
    public decimal? Price { get; init; }
}
