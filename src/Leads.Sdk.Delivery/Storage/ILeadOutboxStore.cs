namespace Leads.Sdk.Delivery.Storage;

/// <summary>
/// Where the outbox keeps its deliveries (SQLite by default, PostgreSQL when shared). Every method is durable when its
/// task completes. Writes made by a worker carry the lease's token and change nothing (returning false) when the lease
/// was taken over by another worker since: a worker that stalled past its lease never overwrites the new owner.
/// Times are stored to the millisecond, in UTC.
/// </summary>
internal interface ILeadOutboxStore
{
    /// <summary>Creates or migrates the schema. Idempotent, and safe when several processes start at once.</summary>
    Task InitializeAsync(CancellationToken cancellationToken);

    /// <summary>Stores a new pending delivery, due at its <see cref="LeadOutboxNewItem.EnqueuedAt"/>.</summary>
    /// <returns>Its identifier: greater than every identifier handed out before (the arrival order).</returns>
    Task<long> EnqueueAsync(LeadOutboxNewItem item, CancellationToken cancellationToken);

    /// <summary>
    /// Leases up to <paramref name="maxItems"/> pending deliveries that are due (<c>NextAttemptAt &lt;= now</c>) and not leased,
    /// or whose lease expired (a dead worker's), lowest identifier first. A lease lasts <paramref name="leaseDuration"/>.
    /// No delivery is leased to two workers at once.
    /// </summary>
    Task<IReadOnlyList<LeadOutboxLease>> LeaseNextAsync(string workerId, int maxItems, DateTimeOffset now, TimeSpan leaseDuration, CancellationToken cancellationToken);

    /// <summary>
    /// Records that the request is about to be sent: <c>Attempts + 1</c>, <c>LastAttemptStartedAt = now</c>,
    /// <c>FirstAttemptStartedAt</c> if unset, and <c>InDoubt = true</c> (cleared only by <see cref="RescheduleAsync"/> with
    /// <c>inDoubt: false</c> or by a final state). Durable before the request goes out, so a crash after this call is
    /// read as "may have reached the server".
    /// </summary>
    /// <returns>False when the lease was lost: the request must not be sent.</returns>
    Task<bool> MarkAttemptStartedAsync(LeadOutboxLease lease, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Puts a delivery in a final state (anything but Pending) and releases the lease; clears <c>InDoubt</c>.</summary>
    /// <returns>False when the lease was lost.</returns>
    Task<bool> CompleteAsync(LeadOutboxLease lease, LeadOutboxCompletion completion, CancellationToken cancellationToken);

    /// <summary>
    /// Keeps the delivery pending, due at <paramref name="nextAttemptAt"/>, records <paramref name="reason"/> and releases
    /// the lease. <paramref name="inDoubt"/> says whether the last request may have reached the server and is still
    /// unresolved (the next worker resolves it before anything is sent).
    /// </summary>
    /// <returns>False when the lease was lost.</returns>
    Task<bool> RescheduleAsync(LeadOutboxLease lease, DateTimeOffset nextAttemptAt, string? reason, bool inDoubt, CancellationToken cancellationToken);

    /// <summary>Extends a lease held by its owner to <c>now + leaseDuration</c>.</summary>
    /// <returns>False when the lease was lost.</returns>
    Task<bool> RenewLeaseAsync(LeadOutboxLease lease, DateTimeOffset now, TimeSpan leaseDuration, CancellationToken cancellationToken);

    /// <summary>Reads one delivery, or null.</summary>
    Task<LeadOutboxItem?> GetAsync(long id, CancellationToken cancellationToken);

    /// <summary>Lists deliveries in <paramref name="state"/>, lowest identifier first.</summary>
    Task<IReadOnlyList<LeadOutboxItem>> ListAsync(LeadDeliveryState state, int limit, CancellationToken cancellationToken);

    /// <summary>Counts deliveries by API and state and finds the oldest pending one's enqueue time.</summary>
    Task<LeadOutboxCounts> GetCountsAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Makes a Rejected, Expired, Unknown or Cancelled delivery pending again: due at <paramref name="now"/>, deadline
    /// <paramref name="deadline"/>, not in doubt, reason kept for history until the next outcome.
    /// </summary>
    /// <returns>False when the id is absent or the delivery is Pending or Delivered.</returns>
    Task<bool> RequeueAsync(long id, DateTimeOffset now, DateTimeOffset deadline, CancellationToken cancellationToken);

    /// <summary>
    /// Cancels a delivery that is Pending, not in doubt and not leased (or whose lease expired), or that is Unknown.
    /// </summary>
    /// <returns>False otherwise (absent, final, in doubt, or being sent now).</returns>
    Task<bool> CancelAsync(long id, DateTimeOffset now, CancellationToken cancellationToken);
}
