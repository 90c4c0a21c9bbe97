namespace Leads.Sdk.Delivery;

/// <summary>What an operator sees at a glance: counts by API and state, and how long the oldest pending lead has waited.</summary>
public sealed class LeadOutboxStatistics
{
    /// <summary>The number of deliveries per API and state; pairs with no delivery are absent.</summary>
    public required IReadOnlyDictionary<(LeadDeliveryApi Api, LeadDeliveryState State), long> Counts { get; init; }

    /// <summary>When the oldest pending lead was enqueued; null when nothing is pending.</summary>
    public DateTimeOffset? OldestPendingEnqueuedAt { get; init; }

    /// <summary>How long the oldest pending lead has waited, measured when the statistics were read; null when nothing is pending.</summary>
    public TimeSpan? OldestPendingAge { get; init; }

    /// <summary>The number of deliveries in <paramref name="state"/>, for one API or (when <paramref name="api"/> is null) all.</summary>
    /// <param name="state">The state to count.</param>
    /// <param name="api">The API, or null for all.</param>
    public long Count(LeadDeliveryState state, LeadDeliveryApi? api = null)
        => Counts.Where(pair => pair.Key.State == state && (api is null || pair.Key.Api == api)).Sum(pair => pair.Value);
}
