using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace Leads.Sdk.Http;

/// <summary>Builds the SDK's resilience pipeline: total timeout, safe retries with jitter and Retry-After, circuit breaker, attempt timeout.</summary>
internal static class LeadsResiliencePipeline
{
    /// <summary>Adds the strategies to <paramref name="builder"/>, outermost first.</summary>
    /// <param name="builder">The pipeline builder of an HTTP client.</param>
    /// <param name="options">The settings.</param>
    /// <param name="timeProvider">The clock.</param>
    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> builder, LeadsResilienceOptions options, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(options);
        if (!options.Enabled)
        {
            return;
        }

        builder.TimeProvider = timeProvider;
        builder.AddTimeout(new HttpTimeoutStrategyOptions { Name = "Leads.Sdk.TotalTimeout", Timeout = options.TotalTimeout });
        if (options.MaxRetryAttempts > 0)
        {
            builder.AddRetry(new HttpRetryStrategyOptions
            {
                Name = "Leads.Sdk.Retry",
                MaxRetryAttempts = options.MaxRetryAttempts,
                Delay = options.RetryDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                ShouldRetryAfterHeader = false,
                ShouldHandle = args => ValueTask.FromResult(
                    RetryRules.ShouldRetry(args.Outcome, args.Context.GetRequestMessage()?.Method, options.MaxRetryAfter, timeProvider)),
                DelayGenerator = args => ValueTask.FromResult(RetryRules.GetRetryAfter(args.Outcome.Result, timeProvider)),
            });
        }

        if (options.EnableCircuitBreaker)
        {
            builder.AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions { Name = "Leads.Sdk.CircuitBreaker" });
        }

        builder.AddTimeout(new HttpTimeoutStrategyOptions { Name = "Leads.Sdk.AttemptTimeout", Timeout = options.AttemptTimeout });
    }
}
