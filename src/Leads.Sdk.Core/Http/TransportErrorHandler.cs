namespace Leads.Sdk.Http;

/// <summary>
/// The outermost handler: turns transport failures (connection errors, resets, timeouts, an open circuit) into
/// <see cref="LeadsTransportException"/> naming the call, so no raw <see cref="HttpRequestException"/> or
/// <see cref="TaskCanceledException"/> without context reaches the caller. The caller's own cancellation passes through.
/// The mapping is <see cref="LeadsTransportErrors"/>, which clients built without DI apply too.
/// </summary>
/// <param name="api">The API the handler serves.</param>
internal sealed class TransportErrorHandler(LeadsApiDescriptor api) : DelegatingHandler
{
    /// <inheritdoc/>
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        Task<HttpResponseMessage> sending;
        try
        {
            sending = base.SendAsync(request, cancellationToken);
        }
        catch (Exception exception) when (LeadsTransportErrors.IsTransportFailure(exception, cancellationToken))
        {
            throw LeadsTransportErrors.Map(api, request, exception);
        }

        // A response already there (a cache, an in-memory handler) is passed on without an async state machine.
        return sending.IsCompletedSuccessfully ? sending : MapFailureAsync(sending, request, cancellationToken);
    }

    private async Task<HttpResponseMessage> MapFailureAsync(Task<HttpResponseMessage> sending, HttpRequestMessage request, CancellationToken cancellationToken)
    {
        try
        {
            return await sending.ConfigureAwait(false);
        }
        catch (Exception exception) when (LeadsTransportErrors.IsTransportFailure(exception, cancellationToken))
        {
            throw LeadsTransportErrors.Map(api, request, exception);
        }
    }
}
