using System.Net;
using System.Net.Http.Headers;

namespace Leads.Sdk.Http;

/// <summary>
/// Adds <c>Authorization: Bearer {token}</c>. When the server answers 401, the token is invalidated and the request
/// is sent once more with a fresh one: the server refused it, so nothing was processed.
/// </summary>
/// <param name="tokens">Supplies the token.</param>
public sealed class BearerTokenHandler(AccessTokenProvider tokens) : DelegatingHandler
{
    /// <inheritdoc/>
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var token = await tokens.GetTokenAsync(cancellationToken).ConfigureAwait(false);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token.Value);
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode != HttpStatusCode.Unauthorized || tokens is StaticAccessTokenProvider)
        {
            return response;
        }

        tokens.Invalidate(token);
        var fresh = await tokens.GetTokenAsync(cancellationToken).ConfigureAwait(false);
        if (fresh.Value == token.Value)
        {
            return response;
        }

        response.Dispose();
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", fresh.Value);
        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }
}
