using System.Diagnostics;
using System.Diagnostics.Metrics;
using Leads.Sdk.Http;

namespace Leads.Sdk.Delivery.Diagnostics;

/// <summary>
/// The outbox's instruments on the SDK's "Leads.Sdk" meter: pending queue depth, delivery latency (enqueue to final
/// state) and outcomes by API and state.
/// </summary>
internal sealed class LeadDeliveryMetrics
{
    public const string QueueDepthName = "leads.sdk.delivery.queue.depth";
    public const string LatencyName = "leads.sdk.delivery.latency";
    public const string OutcomesName = "leads.sdk.delivery.outcomes";
    public const string EnqueuedName = "leads.sdk.delivery.enqueued";

    private readonly Histogram<double> _latency;
    private readonly Counter<long> _outcomes;
    private readonly Counter<long> _enqueued;
    private long _pending = -1;

    /// <param name="meterFactory">The app's meter factory (so each service provider has its own meter, as .NET metrics
    /// recommend); without one, the SDK's shared "Leads.Sdk" meter.</param>
    public LeadDeliveryMetrics(IMeterFactory? meterFactory = null)
    {
        var meter = meterFactory?.Create(LeadsTelemetry.Name, LeadsTelemetry.Version) ?? LeadsTelemetry.Meter;
        _latency = meter.CreateHistogram<double>(LatencyName, "s", "Time from enqueue to a final state, by API and state.");
        _outcomes = meter.CreateCounter<long>(OutcomesName, "{lead}", "Deliveries that reached a final state, by API and state.");
        _enqueued = meter.CreateCounter<long>(EnqueuedName, "{lead}", "Leads enqueued, by API.");
        meter.CreateObservableGauge(QueueDepthName, ObserveQueueDepth, "{lead}", "Pending leads in the outbox, as last counted by the worker.");
    }

    /// <summary>Records the pending count the worker last read.</summary>
    public void SetQueueDepth(long pending) => Interlocked.Exchange(ref _pending, pending);

    public void Enqueued(LeadDeliveryApi api) => _enqueued.Add(1, new KeyValuePair<string, object?>("api", ApiName(api)));

    public void Completed(LeadDeliveryApi api, LeadDeliveryState state, TimeSpan sinceEnqueued)
    {
        var tags = new TagList { { "api", ApiName(api) }, { "state", StateName(state) } };
        _outcomes.Add(1, tags);
        _latency.Record(Math.Max(0, sinceEnqueued.TotalSeconds), tags);
    }

    public static string ApiName(LeadDeliveryApi api) => api switch
    {
        LeadDeliveryApi.Aimbase => "aimbase",
        LeadDeliveryApi.LeadExec => "leadexec",
        LeadDeliveryApi.CrmApi => "crmapi",
        _ => "unknown",
    };

    public static string StateName(LeadDeliveryState state) => state switch
    {
        LeadDeliveryState.Pending => "pending",
        LeadDeliveryState.Delivered => "delivered",
        LeadDeliveryState.Rejected => "rejected",
        LeadDeliveryState.Expired => "expired",
        LeadDeliveryState.Unknown => "unknown",
        LeadDeliveryState.Cancelled => "cancelled",
        _ => "other",
    };

    private IEnumerable<Measurement<long>> ObserveQueueDepth()
    {
        var pending = Interlocked.Read(ref _pending);
        return pending < 0 ? [] : [new Measurement<long>(pending)];
    }
}
