using System.Net;

namespace Leads.Sdk.IntegrationTests.Reliability;

/// <summary>What a call under a fault must end in, and how many requests the emulator must have seen.</summary>
/// <param name="Exception">The exact exception type, or <see langword="null"/> for success.</param>
/// <param name="MinRequests">The fewest requests counted at the emulator.</param>
/// <param name="MaxRequests">The most requests counted at the emulator.</param>
/// <param name="MayHaveReachedServer">For transport failures, the expected <see cref="LeadsTransportException.RequestMayHaveReachedServer"/>.</param>
/// <param name="IsTimeout">For transport failures, the expected <see cref="LeadsTransportException.IsTimeout"/>.</param>
/// <param name="StatusCode">For server and rate-limit failures, the status the exception must carry.</param>
public sealed record ExpectedOutcome(
    Type? Exception,
    int MinRequests,
    int MaxRequests,
    bool MayHaveReachedServer = false,
    bool IsTimeout = false,
    HttpStatusCode? StatusCode = null)
{
    public static ExpectedOutcome Success(int requests) => new(null, requests, requests);

    public static ExpectedOutcome Transport(bool mayHaveReachedServer, bool isTimeout, int requests) => Transport(mayHaveReachedServer, isTimeout, requests, requests);

    public static ExpectedOutcome Transport(bool mayHaveReachedServer, bool isTimeout, int minRequests, int maxRequests)
        => new(typeof(LeadsTransportException), minRequests, maxRequests, mayHaveReachedServer, isTimeout);

    public static ExpectedOutcome Server(HttpStatusCode status, int requests) => new(typeof(LeadsServerException), requests, requests, StatusCode: status);

    public static ExpectedOutcome RateLimited(int requests) => new(typeof(LeadsRateLimitedException), requests, requests, StatusCode: HttpStatusCode.TooManyRequests);

    public static ExpectedOutcome Throws<TException>(int requests)
        where TException : LeadsApiException
        => new(typeof(TException), requests, requests);

    public static ExpectedOutcome Unreadable(int requests) => new(typeof(LeadsUnreadableResponseException), requests, requests);

    /// <inheritdoc/>
    public override string ToString()
        => (Exception?.Name ?? "success")
           + (MinRequests == MaxRequests ? $", {MinRequests} request(s)" : $", {MinRequests}-{MaxRequests} requests")
           + (Exception == typeof(LeadsTransportException) ? $", may have reached: {MayHaveReachedServer}, timeout: {IsTimeout}" : string.Empty)
           + (StatusCode is { } status ? $", status {(int)status}" : string.Empty);
}
