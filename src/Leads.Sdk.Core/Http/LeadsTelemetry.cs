using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Reflection;

namespace Leads.Sdk.Http;

/// <summary>The names to subscribe to with OpenTelemetry: <c>AddSource("Leads.Sdk")</c> and <c>AddMeter("Leads.Sdk")</c>.</summary>
public static class LeadsTelemetry
{
    /// <summary>The name of the SDK's <see cref="System.Diagnostics.ActivitySource"/> and <see cref="System.Diagnostics.Metrics.Meter"/>.</summary>
    public const string Name = "Leads.Sdk";

    /// <summary>The SDK's version, as sent in <c>User-Agent</c>.</summary>
    internal static string Version { get; } = ReadVersion();

    internal static ActivitySource ActivitySource { get; } = new(Name, Version);

    internal static Meter Meter { get; } = new(Name, Version);

    internal static Histogram<double> RequestDuration { get; } =
        Meter.CreateHistogram<double>("leads.sdk.client.request.duration", "s", "Duration of SDK HTTP calls, retries included.");

    internal static Counter<long> Requests { get; } =
        Meter.CreateCounter<long>("leads.sdk.client.requests", "{request}", "SDK HTTP calls by API, method and outcome.");

    private static string ReadVersion()
    {
        var informational = typeof(LeadsTelemetry).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        var version = informational ?? typeof(LeadsTelemetry).Assembly.GetName().Version?.ToString() ?? "0.0.0";
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? version : version[..plus];
    }
}
