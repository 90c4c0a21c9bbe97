using System.Net;
using Leads.Sdk.Emulator.Faults;

namespace Leads.Sdk.Emulator.Redirects;

/// <summary>
/// Redirect answers, for testing that a client never follows one: to another origin (a second emulator on another
/// port, or the same emulator as <c>localhost</c> instead of <c>127.0.0.1</c>), to the same origin, and loops.
/// </summary>
public static class EmulatorRedirects
{
    /// <summary>Answers <paramref name="status"/> with <c>Location: <paramref name="location"/></c>, without running the route.</summary>
    /// <param name="status">301, 302, 303, 307 or 308.</param>
    /// <param name="location">Where to redirect.</param>
    public static EmulatorFault To(HttpStatusCode status, Uri location)
    {
        ArgumentNullException.ThrowIfNull(location);
        return EmulatorFault.Status(status, headers: new Dictionary<string, string> { ["Location"] = location.OriginalString });
    }

    /// <summary>
    /// Makes the next <paramref name="count"/> requests to <paramref name="path"/> redirect to the same path on
    /// <paramref name="origin"/>, keeping the query: a redirect loop when <paramref name="origin"/> is this emulator.
    /// </summary>
    /// <param name="emulator">The emulator that answers with the redirect.</param>
    /// <param name="path">The request path (and fault prefix), for example <c>/marketing/api/lead</c>.</param>
    /// <param name="status">The redirect status.</param>
    /// <param name="origin">The origin redirected to, for example <c>http://localhost:5000/</c>.</param>
    /// <param name="count">How many requests get it (a loop needs many).</param>
    public static void Redirect(this LeadsEmulator emulator, string path, HttpStatusCode status, Uri origin, int count = 1)
    {
        ArgumentNullException.ThrowIfNull(emulator);
        ArgumentNullException.ThrowIfNull(origin);
        emulator.Faults.Next(path, To(status, new Uri(origin, path)), count);
    }

    /// <summary>This emulator's address with <c>localhost</c> for <c>127.0.0.1</c>: the same server, another origin.</summary>
    /// <param name="emulator">The emulator.</param>
    public static Uri LocalhostAddress(this LeadsEmulator emulator)
    {
        ArgumentNullException.ThrowIfNull(emulator);
        return new UriBuilder(emulator.BaseAddress) { Host = "localhost" }.Uri;
    }

    /// <summary>How many requests arrived for <paramref name="origin"/> (by their <c>Host</c> header: scheme-less host and port).</summary>
    /// <param name="log">The emulator's request log.</param>
    /// <param name="origin">The origin, for example <c>http://localhost:5000/</c>.</param>
    public static int CountAt(this EmulatorRequestLog log, Uri origin)
    {
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(origin);
        return log.All.Count(r => r.Headers.TryGetValue("Host", out var host) && string.Equals(host, origin.Authority, StringComparison.OrdinalIgnoreCase));
    }
}
