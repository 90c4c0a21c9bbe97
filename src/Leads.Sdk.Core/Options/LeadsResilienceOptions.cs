namespace Leads.Sdk;

/// <summary>
/// Timeouts, retries and the circuit breaker. A POST or PATCH is retried only when it provably never reached the
/// server (connection refused, name resolution failed) or the server asked for a retry (429 or 503 with Retry-After);
/// GETs are also retried on other transient failures.
/// </summary>
public sealed class LeadsResilienceOptions
{
    /// <summary>Whether the SDK adds its resilience pipeline. Turn it off to add your own.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The whole call, retries and waits included (100 s by default).</summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(100);

    /// <summary>One attempt (30 s by default).</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Retries after the first attempt (3 by default; 0 disables retries).</summary>
    public int MaxRetryAttempts { get; set; } = 3;

    /// <summary>The first back-off delay; later ones grow exponentially, with jitter (1 s by default).</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest <c>Retry-After</c> the SDK waits for by itself (60 s by default); a longer one ends the call with <see cref="LeadsRateLimitedException"/>.</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Whether a circuit breaker stops calls for a while after many failures (on by default).</summary>
    public bool EnableCircuitBreaker { get; set; } = true;

    internal void Validate(List<string> errors)
    {
        if (TotalTimeout <= TimeSpan.Zero || AttemptTimeout <= TimeSpan.Zero)
        {
            errors.Add("Resilience timeouts must be positive.");
        }

        if (MaxRetryAttempts < 0)
        {
            errors.Add($"Resilience.{nameof(MaxRetryAttempts)} must not be negative.");
        }

        if (RetryDelay < TimeSpan.Zero || MaxRetryAfter < TimeSpan.Zero)
        {
            errors.Add("Resilience delays must not be negative.");
        }
    }
}
