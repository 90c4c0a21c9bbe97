using System.Collections.Concurrent;

namespace Leads.Sdk.Emulator.Faults;

/// <summary>Fault knobs: make the next requests to a route fail in a chosen way.</summary>
public sealed class EmulatorFaults
{
    private readonly ConcurrentDictionary<string, ConcurrentQueue<EmulatorFault>> _pending = new(StringComparer.OrdinalIgnoreCase);

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

    /// <summary>Removes every pending fault.</summary>
    public void Clear() => _pending.Clear();

    internal EmulatorFault? Take(string path)
    {
        foreach (var (prefix, queue) in _pending)
        {
            if (path.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && queue.TryDequeue(out var fault))
            {
                return fault;
            }
        }

        return null;
    }
}
