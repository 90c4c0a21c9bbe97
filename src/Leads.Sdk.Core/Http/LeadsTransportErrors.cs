using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Leads.Sdk.Http;

/// <summary>
/// The one mapping from transport failures (connection errors, resets, timeouts, an open circuit) to
/// <see cref="LeadsTransportException"/>. The DI pipeline applies it in <see cref="TransportErrorHandler"/>; clients
/// built without DI apply it where they send (<see cref="LeadsRefit"/>, <see cref="SendAsync"/>) and read bodies
/// (<see cref="ReadAsByteArrayAsync"/>), so both paths throw the same exceptions.
/// </summary>
internal static class LeadsTransportErrors
{
    private static readonly string[] AuthenticationHeaders = ["Authorization", AvalaApiAuthenticationHandler.HeaderName];

    /// <summary>
    /// Whether <paramref name="exception"/> is a transport failure to map: not the caller's own cancellation
    /// (<paramref name="cancellationToken"/> cancelled) and not an SDK or programming error.
    /// </summary>
    /// <param name="exception">The failure.</param>
    /// <param name="cancellationToken">The token the failed call was given.</param>
    public static bool IsTransportFailure(Exception exception, CancellationToken cancellationToken)
        => exception is HttpRequestException or IOException or TimeoutRejectedException or BrokenCircuitException
           || (exception is OperationCanceledException && !cancellationToken.IsCancellationRequested);

    /// <summary>
    /// The exception a caller should see for <paramref name="exception"/>: a <see cref="LeadsTransportException"/> for a
    /// transport failure; for the caller's cancellation an <see cref="OperationCanceledException"/> carrying
    /// <paramref name="cancellationToken"/>; anything else unchanged.
    /// </summary>
    /// <param name="api">The API that was called.</param>
    /// <param name="request">The request that failed, for the method and path in the message.</param>
    /// <param name="exception">The failure.</param>
    /// <param name="cancellationToken">The caller's token.</param>
    public static Exception Translate(LeadsApiDescriptor api, HttpRequestMessage? request, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(exception);
        if (exception is OperationCanceledException canceled && cancellationToken.IsCancellationRequested)
        {
            return LeadsCancellation.ForCaller(canceled, cancellationToken);
        }

        return IsTransportFailure(exception, cancellationToken) ? Map(api, request, exception) : exception;
    }

    /// <summary>Builds the <see cref="LeadsTransportException"/> for a transport failure, naming the call but never its query string.</summary>
    /// <param name="api">The API that was called.</param>
    /// <param name="request">The request that failed.</param>
    /// <param name="exception">The failure.</param>
    public static LeadsTransportException Map(LeadsApiDescriptor api, HttpRequestMessage? request, Exception exception)
    {
        ArgumentNullException.ThrowIfNull(api);
        ArgumentNullException.ThrowIfNull(exception);
        var notSent = RetryRules.ProvesRequestNotSent(exception);
        var isTimeout = exception is TimeoutRejectedException or OperationCanceledException;
        var reason = exception switch
        {
            BrokenCircuitException => "the circuit breaker is open after repeated failures; the request was not sent",
            _ when isTimeout => "the call timed out",
            _ when notSent => "the connection could not be established; the request was not sent",
            _ => "the connection failed; the server may have received the request",
        };
        var details = new LeadsApiErrorDetails(api.Name, request?.Method.Method ?? "?", RequestPath.Of(request), null, ErrorMessage: reason);
        return new LeadsTransportException(details, !notSent, isTimeout, InnerExceptionRedactor.Redact(exception, CredentialsOf(request)));
    }

    // A transport message can quote what the server sent (an invalid header line), and a hostile server can echo the
    // request's credentials there (or, for an answer, in a header). Key and scheme masking (password=, Bearer …) applies
    // anyway; the request's own authentication header values are masked as known secrets too.
    internal static IEnumerable<string?> CredentialsOf(HttpRequestMessage? request)
    {
        if (request is null)
        {
            yield break;
        }

        foreach (var name in AuthenticationHeaders)
        {
            if (request.Headers.NonValidated.TryGetValues(name, out var values))
            {
                foreach (var value in values)
                {
                    yield return value;
                    var space = value.IndexOf(' ', StringComparison.Ordinal);
                    if (space > 0)
                    {
                        yield return value[(space + 1)..];
                    }
                }
            }
        }
    }

    /// <summary>
    /// Sends <paramref name="request"/> with <paramref name="httpClient"/>, translating failures with <see cref="Translate"/>.
    /// An answer that a handler below the SDK obtained by following a redirect is refused with
    /// <see cref="LeadsRedirectException"/> (a caller's <see cref="HttpClient"/> may follow redirects).
    /// </summary>
    /// <param name="httpClient">The client.</param>
    /// <param name="api">The API that is called.</param>
    /// <param name="request">The request.</param>
    /// <param name="completionOption">When the call completes.</param>
    /// <param name="cancellationToken">The caller's token.</param>
    /// <returns>The response.</returns>
    public static Task<HttpResponseMessage> SendAsync(
        HttpClient httpClient, LeadsApiDescriptor api, HttpRequestMessage request, HttpCompletionOption completionOption, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(request);
        var sentUri = request.RequestUri is { IsAbsoluteUri: false } relative && httpClient.BaseAddress is { } baseAddress
            ? new Uri(baseAddress, relative)
            : request.RequestUri;
        var sentMethod = request.Method;
        var sending = httpClient.SendAsync(request, completionOption, cancellationToken);

        // No extra state machine on the fast path (an in-memory handler completes synchronously).
        if (sending.IsCompletedSuccessfully)
        {
            LeadsRedirects.ThrowIfFollowed(api, sentUri, sentMethod, sending.Result);
            return sending;
        }

        return SendCheckedAsync(sending, api, request, sentUri, sentMethod, cancellationToken);
    }

    private static async Task<HttpResponseMessage> SendCheckedAsync(
        Task<HttpResponseMessage> sending, LeadsApiDescriptor api, HttpRequestMessage request, Uri? sentUri, HttpMethod sentMethod, CancellationToken cancellationToken)
    {
        var response = await TranslateFailureAsync(sending, api, request, cancellationToken).ConfigureAwait(false);
        LeadsRedirects.ThrowIfFollowed(api, sentUri, sentMethod, response);
        return response;
    }

    /// <summary>
    /// Reads a response body, translating failures with <see cref="Translate"/>: without the DI pipeline (which
    /// buffers bodies inside <see cref="TransportErrorHandler"/>) a connection can still break while the body arrives.
    /// </summary>
    /// <param name="api">The API that was called.</param>
    /// <param name="response">The response.</param>
    /// <param name="cancellationToken">The caller's token.</param>
    /// <returns>The body.</returns>
    public static Task<byte[]> ReadAsByteArrayAsync(LeadsApiDescriptor api, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        var reading = response.Content.ReadAsByteArrayAsync(cancellationToken);
        return reading.IsCompletedSuccessfully ? reading : TranslateFailureAsync(reading, api, response.RequestMessage, cancellationToken);
    }

    private static async Task<T> TranslateFailureAsync<T>(Task<T> operation, LeadsApiDescriptor api, HttpRequestMessage? request, CancellationToken cancellationToken)
    {
        try
        {
            return await operation.ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            var translated = Translate(api, request, exception, cancellationToken);
            if (ReferenceEquals(translated, exception))
            {
                throw;
            }

            throw translated;
        }
    }
}
