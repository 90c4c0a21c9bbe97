namespace Leads.Sdk.Http;

/// <summary>
/// Sits just above the primary handler: if the primary handler (a caller's, with automatic redirects on) followed a
/// redirect, the answer came from somewhere else and is never returned as the API's: <see cref="LeadsRedirectException"/>.
/// A 3xx answer itself passes through; the clients turn it into the same exception (or, for LeadExec autoredirect, into
/// the result).
/// </summary>
/// <param name="api">The API the handler serves.</param>
internal sealed class RedirectGuardHandler(LeadsApiDescriptor api) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var sentUri = request.RequestUri;
        var sentMethod = request.Method;
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        LeadsRedirects.ThrowIfFollowed(api, sentUri, sentMethod, response);
        return response;
    }
}
