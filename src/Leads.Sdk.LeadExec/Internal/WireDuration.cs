namespace Leads.Sdk.LeadExec.Internal;

/// <summary>
/// The doc's durations are integers of one unit (<c>sendDelay</c> in hours, <c>callduration</c> in seconds), while the
/// public API takes <see cref="TimeSpan"/>: a value converts only when it is a whole number of that unit, never rounded,
/// so what is sent is exactly what the caller asked for.
/// </summary>
internal static class WireDuration
{
    /// <summary>Whether <paramref name="value"/> is 0 or more whole hours.</summary>
    public static bool IsWholeHours(TimeSpan value) => value >= TimeSpan.Zero && value.Ticks % TimeSpan.TicksPerHour == 0;

    /// <summary>Whether <paramref name="value"/> is 0 or more whole seconds that fit the doc's integer.</summary>
    public static bool IsWholeSeconds(TimeSpan value)
        => value >= TimeSpan.Zero && value.Ticks % TimeSpan.TicksPerSecond == 0 && value.Ticks / TimeSpan.TicksPerSecond <= int.MaxValue;

    /// <summary>The whole hours of a value <see cref="IsWholeHours"/> accepted (<see cref="TimeSpan.MaxValue"/> is about 2.6e8 hours).</summary>
    public static int? Hours(TimeSpan? value) => value is { } v ? checked((int)(v.Ticks / TimeSpan.TicksPerHour)) : null;

    /// <summary>The whole seconds of a value <see cref="IsWholeSeconds"/> accepted.</summary>
    public static int? Seconds(TimeSpan? value) => value is { } v ? checked((int)(v.Ticks / TimeSpan.TicksPerSecond)) : null;
}
