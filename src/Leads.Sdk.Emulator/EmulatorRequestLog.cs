using System.Collections.Concurrent;

namespace Leads.Sdk.Emulator;

/// <summary>Every request the emulator received, for counting and inspection in tests.</summary>
public sealed class EmulatorRequestLog
{
    private readonly ConcurrentQueue<EmulatorRequest> _requests = new();

    /// <summary>All requests, in arrival order.</summary>
    public IReadOnlyList<EmulatorRequest> All => [.. _requests];

    /// <summary>How many requests with <paramref name="method"/> arrived at a path starting with <paramref name="pathPrefix"/>.</summary>
    /// <param name="method">The HTTP method, for example <c>POST</c>.</param>
    /// <param name="pathPrefix">The path prefix, for example <c>/marketing/api/lead</c>.</param>
    public int Count(string method, string pathPrefix)
        => _requests.Count(r => string.Equals(r.Method, method, StringComparison.OrdinalIgnoreCase)
                                && r.Path.StartsWith(pathPrefix, StringComparison.OrdinalIgnoreCase));

    /// <summary>Forgets every request.</summary>
    public void Clear() => _requests.Clear();

    internal void Add(EmulatorRequest request) => _requests.Enqueue(request);
}
