namespace Leads.Sdk.IntegrationTests.Reliability;

/// <summary>The faults of the fault matrix (docs/reliability.md). "Once" faults hit the first attempt only.</summary>
public enum ReliabilityFault
{
    /// <summary>Nothing listens on the port.</summary>
    ConnectionRefused,

    /// <summary>The server resets the connection before reading the request body (once).</summary>
    ResetBeforeBody,

    /// <summary>The server processes the request, then resets the connection (once).</summary>
    ResetAfterProcessing,

    /// <summary>No response within the attempt timeout (once).</summary>
    NoResponseOnce,

    /// <summary>No response ever: the total timeout ends the call.</summary>
    NoResponseEver,

    /// <summary>429 with <c>Retry-After: 0</c> (once); zero keeps the test fast and still needs the header parsed, since a POST is retried only when asked.</summary>
    TooManyRequestsRetryAfterSeconds,

    /// <summary>429 with <c>Retry-After</c> as an HTTP date already passed (once).</summary>
    TooManyRequestsRetryAfterDate,

    /// <summary>429 with <c>Retry-After: 3600</c>, beyond <c>Resilience.MaxRetryAfter</c>.</summary>
    TooManyRequestsRetryAfterSecondsTooLong,

    /// <summary>429 with <c>Retry-After</c> as an HTTP date an hour ahead, beyond <c>Resilience.MaxRetryAfter</c>.</summary>
    TooManyRequestsRetryAfterDateTooLong,

    /// <summary>500 with an HTML page (once).</summary>
    Html500,

    /// <summary>502 with an HTML page (once).</summary>
    Html502,

    /// <summary>503 with an HTML page and no Retry-After (once).</summary>
    Html503,

    /// <summary>500 with an HTML page on every attempt.</summary>
    Html500EveryTime,

    /// <summary>200 with an empty body.</summary>
    EmptyBody,

    /// <summary>200 with a complete response whose JSON or XML body is cut off.</summary>
    TruncatedBody,

    /// <summary>The server sends half the body, then closes the connection (once).</summary>
    ConnectionClosedMidBody,

    /// <summary>200 with an HTML page (a proxy's sign-in page) where JSON or XML was expected.</summary>
    WrongContentType,

    /// <summary>A body larger than <c>MaxResponseBytes</c>.</summary>
    Oversized,

    /// <summary>The body drips one byte at a time, slower than the attempt timeout allows (once).</summary>
    SlowBody,
}
