namespace Leads.Sdk;

/// <summary>The server is throttling the caller (HTTP 429) and the SDK did not, or could no longer, wait and retry.</summary>
public class LeadsRateLimitedException : LeadsApiException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="details">What the failed call sent and received.</param>
    /// <param name="retryAfter">How long the server asked the caller to wait, if it said.</param>
    /// <param name="innerException">The cause, if any.</param>
    public LeadsRateLimitedException(LeadsApiErrorDetails details, TimeSpan? retryAfter, Exception? innerException = null)
        : base(details, innerException)
    {
        RetryAfter = retryAfter;
    }

    /// <summary>The wait the server asked for in its <c>Retry-After</c> header, or <see langword="null"/>.</summary>
    public TimeSpan? RetryAfter { get; }
}
