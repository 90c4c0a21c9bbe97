namespace Leads.Sdk.Delivery.Storage;

/// <summary>Counts by API and state, and the oldest pending delivery's enqueue time.</summary>
/// <param name="Counts">The number of deliveries per (API, state); pairs with none are absent.</param>
/// <param name="OldestPendingEnqueuedAt">The oldest pending delivery's enqueue time, or null when none is pending.</param>
internal sealed record LeadOutboxCounts(IReadOnlyDictionary<(LeadDeliveryApi Api, LeadDeliveryState State), long> Counts, DateTimeOffset? OldestPendingEnqueuedAt);
