using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Leads.Sdk.Http;

/// <summary>
/// The outermost handler: turns transport failures (connection errors, resets, timeouts, an open circuit) into
/// <see cref="LeadsTransportException"/> naming the call, so no raw <see cref="HttpRequestException"/> or
/// <see cref="TaskCanceledException"/> without context reaches the caller. The caller's own cancellation passes through.
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
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception exception) when (exception is HttpRequestException or IOException or TimeoutRejectedException or BrokenCircuitException or OperationCanceledException)
        {
            throw Map(api, request, exception);
        }
    }

    internal static LeadsTransportException Map(LeadsApiDescriptor api, HttpRequestMessage request, Exception exception)
    {
        var notSent = RetryRules.ProvesRequestNotSent(exception);
        var isTimeout = exception is TimeoutRejectedException or OperationCanceledException;
        var reason = exception switch
        {
            BrokenCircuitException => "the circuit breaker is open after repeated failures; the request was not sent",
            _ when isTimeout => "the call timed out",
            _ when notSent => "the connection could not be established; the request was not sent",
            _ => "the connection failed; the server may have received the request",
        };
        var details = new LeadsApiErrorDetails(api.Name, request.Method.Method, RequestPath.Of(request), null, ErrorMessage: reason);
        return new LeadsTransportException(details, !notSent, isTimeout, exception);
    }
}
