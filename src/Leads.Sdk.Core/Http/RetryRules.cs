using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using Polly;
using Polly.Timeout;

namespace Leads.Sdk.Http;

/// <summary>
/// Decides what may be retried. A lead POST is money: it is re-sent only when it provably never reached the server
/// or the server asked for a retry with <c>Retry-After</c>.
/// </summary>
internal static class RetryRules
{
    /// <summary>Whether <paramref name="method"/> can be repeated without changing the outcome (GET, HEAD, OPTIONS, PUT, DELETE, TRACE).</summary>
    /// <param name="method">The HTTP method.</param>
    public static bool IsIdempotent(HttpMethod? method)
        => method is not null
           && (method == HttpMethod.Get || method == HttpMethod.Head || method == HttpMethod.Options
               || method == HttpMethod.Put || method == HttpMethod.Delete || method == HttpMethod.Trace);

    /// <summary>Whether the failure proves that the request never reached the server (connection refused, name resolution or TLS set-up failed).</summary>
    /// <param name="exception">The failure.</param>
    public static bool ProvesRequestNotSent(Exception? exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            switch (current)
            {
                case HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError or HttpRequestError.SecureConnectionError }:
                    return true;
                case SocketException { SocketErrorCode: SocketError.ConnectionRefused or SocketError.HostNotFound or SocketError.HostUnreachable or SocketError.NetworkUnreachable or SocketError.TryAgain }:
                    return true;
                case Polly.CircuitBreaker.BrokenCircuitException:
                    return true;
            }
        }

        return false;
    }

    /// <summary>Whether an attempt that ended with <paramref name="outcome"/> should be retried.</summary>
    /// <param name="outcome">The attempt's response or exception.</param>
    /// <param name="method">The request's method.</param>
    /// <param name="maxRetryAfter">The longest <c>Retry-After</c> to wait for.</param>
    /// <param name="timeProvider">The clock for <c>Retry-After</c> dates.</param>
    public static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, HttpMethod? method, TimeSpan maxRetryAfter, TimeProvider? timeProvider = null)
    {
        var idempotent = IsIdempotent(method);
        if (outcome.Exception is { } exception)
        {
            if (exception is Polly.CircuitBreaker.BrokenCircuitException)
            {
                return false;
            }

            return ProvesRequestNotSent(exception)
                || (idempotent && exception is HttpRequestException or TimeoutRejectedException or IOException);
        }

        if (outcome.Result is not { } response)
        {
            return false;
        }

        var status = (int)response.StatusCode;
        if (status is 429 or 503 && GetRetryAfter(response, timeProvider) is { } wait)
        {
            return wait <= maxRetryAfter;
        }

        return idempotent && (status is 408 or 429 or 500 or 502 or 503 or 504);
    }

    /// <summary>The wait a response asks for in its <c>Retry-After</c> header (seconds or an HTTP date), or <see langword="null"/>.</summary>
    /// <param name="response">The response.</param>
    /// <param name="timeProvider">The clock for dates.</param>
    public static TimeSpan? GetRetryAfter(HttpResponseMessage? response, TimeProvider? timeProvider = null)
        => RetryAfterWait(response?.Headers.RetryAfter, timeProvider);

    /// <summary>The wait a parsed <c>Retry-After</c> value asks for (never negative), or <see langword="null"/>.</summary>
    /// <param name="header">The parsed header, if any.</param>
    /// <param name="timeProvider">The clock for dates.</param>
    public static TimeSpan? RetryAfterWait(RetryConditionHeaderValue? header, TimeProvider? timeProvider = null)
    {
        if (header?.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }

        if (header?.Date is { } date)
        {
            var wait = date - (timeProvider ?? TimeProvider.System).GetUtcNow();
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }

        return null;
    }

    internal static bool IsTransientStatus(HttpStatusCode status) => (int)status is 408 or 429 or >= 500;
}
