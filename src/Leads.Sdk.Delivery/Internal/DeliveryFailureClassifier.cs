using System.Net;
using System.Net.Http.Headers;
using Leads.Sdk.Http;

namespace Leads.Sdk.Delivery.Internal;

/// <summary>
/// Sorts a failed send by one question: could the lead exist at the API now? (docs/decisions.md, Delivery.)
/// Only an answer that proves the lead was not created is transient; anything else that is not a refusal of the lead
/// itself may have reached the server.
/// </summary>
internal static class DeliveryFailureClassifier
{
    public static AttemptOutcome Classify(Exception exception, TimeProvider time) => exception switch
    {
        // Refused before anything was sent: the client's own checks.
        LeadsValidationException validation => AttemptOutcome.Rejected(validation.Message),

        // Connection refused, DNS, TLS set-up: the request never left.
        LeadsTransportException { RequestMayHaveReachedServer: false } transport => AttemptOutcome.Transient(transport.Message),
        LeadsTransportException transport => AttemptOutcome.MayHaveReached(transport.Message),

        // 429: a rate limiter answers before the request is processed.
        LeadsRateLimitedException limited => AttemptOutcome.Transient(limited.Message, limited.RetryAfter),

        // 401/403/404: the credentials or the address are wrong, not the lead; nothing was created. Retried (the
        // operator sees the reason and the ageing queue) rather than rejected, so fixing the configuration delivers it.
        LeadsAuthenticationException or LeadsNotFoundException => AttemptOutcome.Transient(exception.Message),

        // 408 (the server gave up reading the request) and 503 (not serving): not processed.
        LeadsApiException { StatusCode: HttpStatusCode.RequestTimeout or HttpStatusCode.ServiceUnavailable } api
            => AttemptOutcome.Transient(api.Message, RetryAfter(api, time)),

        // 500, 502, 504 and other 5xx: the server (or one behind a gateway) may have stored the lead before failing.
        LeadsServerException server => AttemptOutcome.MayHaveReached(server.Message),

        // A redirect is never followed; the server may have acted on the POST before answering with it.
        LeadsRedirectException redirect => AttemptOutcome.MayHaveReached(redirect.Message),

        // Another 4xx: the API refused this request.
        LeadsApiException { StatusCode: { } status } api when (int)status is >= 400 and < 500 => AttemptOutcome.Rejected(api.Message),

        // A 2xx the client could not read, or anything else after the request started.
        _ => AttemptOutcome.MayHaveReached(exception is LeadsException ? exception.Message : $"{exception.GetType().Name} after the request started."),
    };

    // The classifier sees the raw response only as masked header text, so it parses that and lets Core's rule decide.
    private static TimeSpan? RetryAfter(LeadsApiException exception, TimeProvider time)
        => exception.Details.Response?.GetHeaderValue("Retry-After") is { } text
           && RetryConditionHeaderValue.TryParse(text, out var header)
            ? RetryRules.RetryAfterWait(header, time)
            : null;
}
