using System.Collections.Concurrent;

namespace Leads.Sdk.Emulator.LeadExec;

/// <summary>The fake's memory: stored leads, queued requests and PING orders.</summary>
internal sealed class LeadExecEmulatorState
{
    private long _nextLeadId = 100_000_000;

    public ConcurrentDictionary<long, StoredLead> Leads { get; } = new();

    public ConcurrentDictionary<string, QueuedRequest> Queue { get; } = new(StringComparer.OrdinalIgnoreCase);

    public ConcurrentDictionary<string, PingOrder> Orders { get; } = new(StringComparer.OrdinalIgnoreCase);

    public object Gate { get; } = new();

    public long NextLeadId() => Interlocked.Increment(ref _nextLeadId);

    internal sealed record StoredLead(long Id, DateTimeOffset ReceivedOn, List<KeyValuePair<string, string>> Fields);

    internal sealed class QueuedRequest(string postType, LeadExecInbound inbound, DateTimeOffset receivedOn, DateTimeOffset processAt)
    {
        public string PostType { get; } = postType;

        public LeadExecInbound Inbound { get; } = inbound;

        public DateTimeOffset ReceivedOn { get; } = receivedOn;

        public DateTimeOffset ProcessAt { get; } = processAt;

        public LeadExecRoutes.Outcome? Result { get; set; }
    }

    internal sealed record PingOrder(string OrderId, decimal Price, DateTimeOffset ExpiresOn)
    {
        public bool Used { get; set; }
    }
}
