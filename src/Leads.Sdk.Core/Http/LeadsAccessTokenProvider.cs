namespace Leads.Sdk.Http;

/// <summary>Supplies tokens for APIs that authenticate with a token from a login call or a fixed access token.</summary>
public abstract class LeadsAccessTokenProvider
{
    /// <summary>Returns a valid token, logging in when needed.</summary>
    /// <param name="cancellationToken">Cancels the wait.</param>
    public abstract ValueTask<LeadsAccessToken> GetTokenAsync(CancellationToken cancellationToken);

    /// <summary>Forgets <paramref name="rejected"/> after the server refused it, so the next call gets a fresh one.</summary>
    /// <param name="rejected">The token the server refused.</param>
    public abstract void Invalidate(LeadsAccessToken rejected);
}
