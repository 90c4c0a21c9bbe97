namespace Leads.Sdk.Http;

/// <summary>Supplies one fixed token (for example a configured Bearer access token).</summary>
/// <param name="token">Reads the current token, so a rotated one applies to the next request.</param>
public sealed class StaticAccessTokenProvider(Func<string> token) : AccessTokenProvider
{
    /// <inheritdoc/>
    public override ValueTask<AccessToken> GetTokenAsync(CancellationToken cancellationToken)
        => ValueTask.FromResult(new AccessToken(token(), null));

    /// <inheritdoc/>
    public override void Invalidate(AccessToken rejected)
    {
        // A fixed token cannot be renewed; the server's 401 reaches the caller.
    }
}
