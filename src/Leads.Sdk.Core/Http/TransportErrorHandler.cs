namespace Leads.Sdk.Http;

/// <summary>
/// The outermost handler: turns transport failures (connection errors, resets, timeouts, an open circuit) into
/// <see cref="LeadsTransportException"/> naming the call, so no raw <see cref="HttpRequestException"/> or
/// <see cref="TaskCanceledException"/> without context reaches the caller. The caller's own cancellation passes through.
/// The mapping is <see cref="LeadsTransportErrors"/>, which clients built without DI apply too.
/// </summary>
/// <param name="api">The API the handler serves.</param>
public sealed class TransportErrorHandler(LeadsApiDescriptor api) : DelegatingHandler
{
    /// <inheritdoc/>
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        try
        {
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (LeadsTransportErrors.IsTransportFailure(exception, cancellationToken))
        {
            throw LeadsTransportErrors.Map(api, request, exception);
        }
    }
}
