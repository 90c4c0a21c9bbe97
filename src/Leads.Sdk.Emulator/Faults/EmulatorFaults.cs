using System.Collections.Concurrent;
using System.Net;

namespace Leads.Sdk.Emulator.Faults;

/// <summary>
/// Fault knobs: make the next requests to a route fail in a chosen way (<see cref="Next"/>), or every request to an
/// API for a while (<see cref="During"/>, <see cref="Outage"/>). An API is named by its path prefix, for example
/// <c>/marketing/api/lead</c> (Aimbase), <c>/processor/</c> (LeadExec) or <c>/crmapi/rest/v2/</c> (CRM.COM).
/// </summary>
public sealed class EmulatorFaults
{
    private readonly ConcurrentDictionary<string, ConcurrentQueue<EmulatorFault>> _pending = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, FaultWindow> _windows = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The clock that ends <see cref="During"/> windows; the emulator sets its own.</summary>
    internal TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>Makes the next <paramref name="count"/> requests whose path starts with <paramref name="pathPrefix"/> get <paramref name="fault"/>.</summary>
    /// <param name="pathPrefix">For example <c>/marketing/api/lead</c>.</param>
    /// <param name="fault">What they get.</param>
    /// <param name="count">How many requests.</param>
    public void Next(string pathPrefix, EmulatorFault fault, int count = 1)
    {
        ArgumentNullException.ThrowIfNull(fault);
        var queue = _pending.GetOrAdd(pathPrefix, _ => new ConcurrentQueue<EmulatorFault>());
        for (var i = 0; i < count; i++)
        {
            queue.Enqueue(fault);
        }
    }

    /// <summary>
    /// Makes every request whose path starts with <paramref name="pathPrefix"/> get <paramref name="fault"/> from now
    /// until <paramref name="duration"/> has passed on the emulator's clock. A later call for the same prefix replaces
    /// the window. One-shot faults queued with <see cref="Next"/> are taken first.
    /// </summary>
    /// <param name="pathPrefix">The API's path prefix, for example <c>/processor/</c>.</param>
    /// <param name="fault">What every request gets, for example <see cref="EmulatorFault.Delayed"/> (slow answers) or
    /// <see cref="EmulatorFault.DropAfterProcessing"/> (the lead is stored, the answer is lost).</param>
    /// <param name="duration">How long; <see cref="Timeout.InfiniteTimeSpan"/> until <see cref="Clear"/>.</param>
    public void During(string pathPrefix, EmulatorFault fault, TimeSpan duration)
    {
        ArgumentNullException.ThrowIfNull(pathPrefix);
        ArgumentNullException.ThrowIfNull(fault);
        var until = duration == Timeout.InfiniteTimeSpan ? DateTimeOffset.MaxValue : TimeProvider.GetUtcNow() + duration;
        _windows[pathPrefix] = new FaultWindow(fault, until);
    }

    /// <summary>
    /// Takes an API down for <paramref name="duration"/>: every request to it is answered
    /// <c>503 Service Unavailable</c> with an HTML maintenance page, as the load balancer in front of a stopped API
    /// answers, without running the route (nothing is stored). The 503 carries no <c>Retry-After</c>.
    /// </summary>
    /// <param name="pathPrefix">The API's path prefix, for example <c>/marketing/api/lead</c>.</param>
    /// <param name="duration">How long the API stays down.</param>
    public void Outage(string pathPrefix, TimeSpan duration)
        => During(pathPrefix, EmulatorFault.HtmlPage(HttpStatusCode.ServiceUnavailable), duration);

    /// <summary>Removes every pending fault and every fault window.</summary>
    public void Clear()
    {
        _pending.Clear();
        _windows.Clear();
    }

    internal EmulatorFault? Take(string path)
    {
        foreach (var (prefix, queue) in _pending)
        {
            if (path.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && queue.TryDequeue(out var fault))
            {
                return fault;
            }
        }

        var now = TimeProvider.GetUtcNow();
        foreach (var (prefix, window) in _windows)
        {
            if (path.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && now < window.Until)
            {
                return window.Fault;
            }
        }

        return null;
    }

    private sealed record FaultWindow(EmulatorFault Fault, DateTimeOffset Until);
}
