namespace Leads.Sdk.Delivery.Storage;

/// <summary>The embedded store: one SQLite file in WAL mode (work in progress).</summary>
internal sealed class SqliteLeadOutboxStore(string path) : ILeadOutboxStore
{
    public string Path { get; } = path;

    public Task InitializeAsync(CancellationToken cancellationToken) => throw new NotImplementedException();

    public Task<long> EnqueueAsync(LeadOutboxNewItem item, CancellationToken cancellationToken) => throw new NotImplementedException();

    public Task<IReadOnlyList<LeadOutboxLease>> LeaseNextAsync(string workerId, int maxItems, DateTimeOffset now, TimeSpan leaseDuration, CancellationToken cancellationToken) => throw new NotImplementedException();

    public Task<bool> MarkAttemptStartedAsync(LeadOutboxLease lease, DateTimeOffset now, CancellationToken cancellationToken) => throw new NotImplementedException();

    public Task<bool> CompleteAsync(LeadOutboxLease lease, LeadOutboxCompletion completion, CancellationToken cancellationToken) => throw new NotImplementedException();

    public Task<bool> RescheduleAsync(LeadOutboxLease lease, DateTimeOffset nextAttemptAt, string? reason, bool inDoubt, CancellationToken cancellationToken) => throw new NotImplementedException();

    public Task<bool> RenewLeaseAsync(LeadOutboxLease lease, DateTimeOffset now, TimeSpan leaseDuration, CancellationToken cancellationToken) => throw new NotImplementedException();

    public Task<LeadOutboxItem?> GetAsync(long id, CancellationToken cancellationToken) => throw new NotImplementedException();

    public Task<IReadOnlyList<LeadOutboxItem>> ListAsync(LeadDeliveryState state, int limit, CancellationToken cancellationToken) => throw new NotImplementedException();

    public Task<LeadOutboxCounts> GetCountsAsync(CancellationToken cancellationToken) => throw new NotImplementedException();

    public Task<bool> RequeueAsync(long id, DateTimeOffset now, DateTimeOffset deadline, CancellationToken cancellationToken) => throw new NotImplementedException();

    public Task<bool> CancelAsync(long id, DateTimeOffset now, CancellationToken cancellationToken) => throw new NotImplementedException();
}
