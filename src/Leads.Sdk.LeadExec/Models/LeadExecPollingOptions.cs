namespace Leads.Sdk.LeadExec.Models;

/// <summary>How <c>WaitForQueueResultAsync</c> polls: exponential backoff from <see cref="InitialDelay"/> up to <see cref="MaxDelay"/>, giving up after <see cref="Timeout"/>.</summary>
public sealed class LeadExecPollingOptions
{
    /// <summary>The wait before the second poll (the first is immediate); 1 second by default.</summary>
    public TimeSpan InitialDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest wait between polls; 30 seconds by default.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The factor each wait grows by; 2 by default (at least 1).</summary>
    public double BackoffFactor { get; set; } = 2;

    /// <summary>How long to wait in total before giving up with <see cref="LeadsOperationTimeoutException"/>; 5 minutes by default.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The wait after poll number <paramref name="attempt"/> (1-based).</summary>
    /// <param name="attempt">How many polls were made so far.</param>
    public TimeSpan DelayAfter(int attempt)
    {
        var factor = Math.Max(1, BackoffFactor);
        var ticks = InitialDelay.Ticks * Math.Pow(factor, Math.Max(0, attempt - 1));
        return ticks >= MaxDelay.Ticks ? MaxDelay : TimeSpan.FromTicks((long)ticks);
    }
}
