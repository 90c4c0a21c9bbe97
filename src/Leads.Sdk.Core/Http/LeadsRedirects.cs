using System.Net;

namespace Leads.Sdk.Http;

/// <summary>
/// Redirects are never followed (credentials and lead bodies would go with them): a 3xx answer becomes
/// <see cref="LeadsRedirectException"/>, and an answer that a handler below the SDK obtained by following a redirect
/// (its request no longer has the address or method that was sent) is never taken for the API's.
/// </summary>
internal static class LeadsRedirects
{
    /// <summary>Whether <paramref name="status"/> is a redirect (3xx other than 304 Not Modified, which redirects nowhere).</summary>
    public static bool IsRedirect(HttpStatusCode status) => (int)status is >= 300 and <= 399 && status != HttpStatusCode.NotModified;

    /// <summary>The response's <c>Location</c>, resolved against the request's address; null when absent.</summary>
    public static Uri? LocationOf(HttpResponseMessage response)
    {
        var location = response.Headers.Location;
        if (location is null || location.IsAbsoluteUri)
        {
            return location;
        }

        return response.RequestMessage?.RequestUri is { IsAbsoluteUri: true } requestUri && Uri.TryCreate(requestUri, location, out var resolved)
            ? resolved
            : location;
    }

    /// <summary>The message for a 3xx answer; names the target by scheme, host and path only (its query can echo a secret).</summary>
    public static string NotFollowedMessage(Uri? location)
        => location is null
            ? "The server answered with a redirect without a Location; redirects are not followed."
            : $"The server redirected the call to {Describe(location)}; redirects are not followed (the credentials and the request body would go there), and nothing was sent there.";

    /// <summary>
    /// Throws <see cref="LeadsRedirectException"/> (and disposes <paramref name="response"/>) when the response's request
    /// no longer has the address or method that was sent: a handler below the SDK followed a redirect.
    /// </summary>
    /// <param name="api">The API called.</param>
    /// <param name="sentUri">The absolute address sent.</param>
    /// <param name="sentMethod">The method sent.</param>
    /// <param name="response">The response.</param>
    public static void ThrowIfFollowed(LeadsApiDescriptor api, Uri? sentUri, HttpMethod sentMethod, HttpResponseMessage response)
    {
        var final = response.RequestMessage;
        if (final?.RequestUri is not { } finalUri || sentUri is null
            || (final.Method == sentMethod && (ReferenceEquals(finalUri, sentUri) || finalUri == sentUri)))
        {
            return;
        }

        throw Followed(api, sentUri, sentMethod, response);
    }

    /// <summary>
    /// For a request built by Refit, whose exact address the caller does not hold: throws as the exact-address overload
    /// does when the method changed or the request ended outside <paramref name="baseAddress"/> (another origin or path).
    /// </summary>
    /// <param name="api">The API called.</param>
    /// <param name="response">The response.</param>
    /// <param name="sentMethod">The method sent.</param>
    /// <param name="baseAddress">The client's base address.</param>
    public static void ThrowIfFollowed(LeadsApiDescriptor api, HttpResponseMessage response, HttpMethod sentMethod, Uri? baseAddress)
    {
        ArgumentNullException.ThrowIfNull(response);
        var final = response.RequestMessage;
        if (final?.RequestUri is not { IsAbsoluteUri: true } finalUri || baseAddress is not { IsAbsoluteUri: true })
        {
            return;
        }

        var sameOrigin = Uri.Compare(finalUri, baseAddress, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) == 0;
        var underBase = finalUri.AbsolutePath.StartsWith(baseAddress.AbsolutePath.TrimEnd('/'), StringComparison.Ordinal);
        if (final.Method == sentMethod && sameOrigin && underBase)
        {
            return;
        }

        throw Followed(api, null, sentMethod, response);
    }

    private static LeadsRedirectException Followed(LeadsApiDescriptor api, Uri? sentUri, HttpMethod sentMethod, HttpResponseMessage response)
    {
        var finalUri = response.RequestMessage?.RequestUri;
        var status = response.StatusCode;
        var raw = LeadsResponseReader.RawResponse(response, null);
        response.Dispose();
        var details = new LeadsApiErrorDetails(
            api.Name,
            sentMethod.Method,
            sentUri is null ? RequestPath.Of(finalUri) : RequestPath.Of(sentUri),
            status,
            ErrorMessage: $"A handler below the SDK followed a redirect to {Describe(finalUri)}; that answer is not the API's and was discarded. "
                          + "Turn off AllowAutoRedirect on the primary handler (the SDK's own pipeline does).")
        {
            Response = raw,
        };
        return new LeadsRedirectException(details, finalUri);
    }

    // Scheme, host, port and path: never the query or user info, which can carry a secret the server echoed.
    private static string Describe(Uri? uri)
        => uri is { IsAbsoluteUri: true }
            ? uri.GetComponents(UriComponents.SchemeAndServer | UriComponents.Path, UriFormat.UriEscaped)
            : RequestPath.Of(uri);
}
