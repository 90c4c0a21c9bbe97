namespace Leads.Sdk.Http;

/// <summary>Adds <c>Authenticate: Avala-Api {user}:{token}</c> (the Aimbase scheme) to every request.</summary>
/// <param name="credentials">Reads the current user name and API token, so rotated credentials apply to the next request.</param>
internal sealed class AvalaApiAuthenticationHandler(Func<(string User, string Token)> credentials) : DelegatingHandler
{
    /// <summary>The header's name.</summary>
    public const string HeaderName = "Authenticate";

    /// <summary>The header value for a user name and token.</summary>
    /// <param name="user">The user name.</param>
    /// <param name="token">The API token.</param>
    public static string FormatValue(string user, string token)
    {
        if (HeaderValues.HasControlCharacters(user) || HeaderValues.HasControlCharacters(token))
        {
            throw new ArgumentException("The user name and token must not contain CR, LF or other control characters.");
        }

        return $"Avala-Api {user}:{token}";
    }

    /// <inheritdoc/>
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (user, token) = credentials();
        request.Headers.Remove(HeaderName);
        request.Headers.TryAddWithoutValidation(HeaderName, FormatValue(user, token));
        return base.SendAsync(request, cancellationToken);
    }
}
