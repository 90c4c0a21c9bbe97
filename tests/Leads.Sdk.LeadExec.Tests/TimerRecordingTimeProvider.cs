using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.Extensions.Time.Testing;

namespace Leads.Sdk.LeadExec.Tests;

/// <summary>
/// A fake clock that records the due time of every timer the client creates and signals each one, so a test can
/// advance the clock exactly when the client waits, and assert the waits it asked for, with no real delays.
/// </summary>
internal sealed class TimerRecordingTimeProvider() : FakeTimeProvider(new DateTimeOffset(2020, 4, 30, 13, 0, 0, TimeSpan.Zero))
{
    private readonly ConcurrentQueue<TimeSpan> _dueTimes = new();
    private readonly Channel<TimeSpan> _created = Channel.CreateUnbounded<TimeSpan>();

    /// <summary>The due time of every timer created so far, in order.</summary>
    public IReadOnlyList<TimeSpan> DueTimes => [.. _dueTimes];

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        _dueTimes.Enqueue(dueTime);
        _created.Writer.TryWrite(dueTime);
        return timer;
    }

    /// <summary>
    /// Waits until the client has created one more timer and returns its due time (the 30 s bound only keeps a broken
    /// test from hanging: it then fails with a TimeoutException).
    /// </summary>
    public async Task<TimeSpan> NextTimerAsync()
        => await _created.Reader.ReadAsync(TestContext.Current.CancellationToken).AsTask().WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
}
