using Leads.Sdk.Delivery.Diagnostics;
using Leads.Sdk.Delivery.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Leads.Sdk.Delivery.Internal;

/// <summary>
/// The hosted worker: leases due deliveries in arrival order, at most <see cref="LeadDeliveryOptions.MaxConcurrency"/>
/// at a time, hands each to the <see cref="LeadDeliveryProcessor"/> and keeps its lease alive while it is processed.
/// </summary>
internal sealed partial class LeadDeliveryWorker(
    LeadOutboxStoreProvider stores,
    LeadDeliveryProcessor processor,
    LeadDeliveryMetrics metrics,
    IOptions<LeadDeliveryOptions> options,
    TimeProvider time,
    ILogger<LeadDeliveryWorker> logger) : BackgroundService
{
    private readonly LeadDeliveryOptions _options = options.Value;

    /// <summary>This worker's name in leases: machine, process and a random part, so two workers never share one.</summary>
    public string WorkerId { get; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid().ToString("N")[..8]}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!_options.RunWorker)
        {
            return;
        }

        var running = new List<Task>();
        ILeadOutboxStore? store = null;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                running.RemoveAll(task => task.IsCompleted);
                var leased = 0;
                try
                {
                    store ??= await stores.GetAsync(stoppingToken).ConfigureAwait(false);
                    var free = _options.MaxConcurrency - running.Count;
                    if (free > 0)
                    {
                        var leases = await store.LeaseNextAsync(WorkerId, free, time.GetUtcNow(), _options.LeaseDuration, stoppingToken).ConfigureAwait(false);
                        leased = leases.Count;
                        foreach (var lease in leases)
                        {
                            running.Add(ProcessWithLeaseAsync(store, lease, stoppingToken));
                        }

                        if (leased == 0)
                        {
                            var counts = await store.GetCountsAsync(stoppingToken).ConfigureAwait(false);
                            metrics.SetQueueDepth(counts.Counts.Where(pair => pair.Key.State == LeadDeliveryState.Pending).Sum(pair => pair.Value));
                        }
                    }
                }
                catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
                {
                    break;
                }
                catch (Exception exception)
                {
                    // The store is unreachable or busy: nothing is lost (the leads are in it); try again after a pause.
                    LogStoreFailed(logger, exception);
                }

                if (leased > 0 && running.Count < _options.MaxConcurrency)
                {
                    continue;
                }

                // Idle or full: wait for a free slot or the next poll.
                var poll = Task.Delay(_options.PollInterval, time, stoppingToken);
                await Task.WhenAny([poll, .. running]).ConfigureAwait(false);
            }
        }
        finally
        {
            // Each processor stores its outcome (or leaves its lead in doubt) when cancelled; wait for them.
            await Task.WhenAll(running).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    private async Task ProcessWithLeaseAsync(ILeadOutboxStore store, LeadOutboxLease lease, CancellationToken stoppingToken)
    {
        // Off the polling loop's thread: a store or client that blocks must not stall leasing.
        await Task.Yield();
        using var done = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var renewal = RenewWhileProcessingAsync(store, lease, done.Token);
        try
        {
            await processor.ProcessAsync(store, lease, stoppingToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            // The outcome could not be stored: the lease expires and another attempt settles the lead from the store.
            LogProcessingFailed(logger, lease.Item.Id, exception);
        }
        finally
        {
            await done.CancelAsync().ConfigureAwait(false);
            await renewal.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    private async Task RenewWhileProcessingAsync(ILeadOutboxStore store, LeadOutboxLease lease, CancellationToken cancellationToken)
    {
        var every = _options.LeaseDuration / 3;
        while (!cancellationToken.IsCancellationRequested)
        {
            await Task.Delay(every, time, cancellationToken).ConfigureAwait(false);
            if (!await store.RenewLeaseAsync(lease, time.GetUtcNow(), _options.LeaseDuration, cancellationToken).ConfigureAwait(false))
            {
                return;
            }
        }
    }

    [LoggerMessage(EventId = 4020, Level = LogLevel.Error, Message = "The lead outbox store could not be read; retrying.")]
    private static partial void LogStoreFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 4021, Level = LogLevel.Error, Message = "Lead delivery {DeliveryId}: the outcome could not be stored; the lease will expire and the delivery will be settled again.")]
    private static partial void LogProcessingFailed(ILogger logger, long deliveryId, Exception exception);
}
