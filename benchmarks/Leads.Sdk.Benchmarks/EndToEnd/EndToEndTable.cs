using System.ComponentModel;
using System.Globalization;
using System.Reflection;
using BenchmarkDotNet.Reports;

namespace Leads.Sdk.Benchmarks.EndToEnd;

/// <summary>
/// Writes the end-to-end results as the table in docs/benchmarks.md: per case, both sides, the ratios and whether each
/// target is met. Times are medians (robust to the odd iteration slowed by another process); the full statistics are in
/// BenchmarkDotNet's own reports.
/// </summary>
internal static class EndToEndTable
{
    private const double MaxLatencyRatio = 1.05;
    private const double MinThroughputRatio = 0.95;
    private const double MaxAllocationRatio = 1.20;

    public static string? Format(IEnumerable<Summary> summaries)
    {
        var reports = summaries.SelectMany(s => s.Reports)
            .Where(r => r.Success && typeof(EndToEndBenchmarks).IsAssignableFrom(r.BenchmarkCase.Descriptor.Type))
            .ToList();
        if (reports.Count == 0)
        {
            return null;
        }

        var lines = new List<string>
        {
            "| Case | Hand-written, 1 call at a time | SDK | Latency ratio | Hand-written, 64 concurrent (calls/s) | SDK (calls/s) | Throughput ratio | Hand-written allocated per call | SDK allocated per call | Allocation ratio | Targets met? |",
            "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|",
        };
        foreach (var type in reports.Select(r => r.BenchmarkCase.Descriptor.Type).Distinct())
        {
            BenchmarkReport? Find(string method) => reports.SingleOrDefault(r => r.BenchmarkCase.Descriptor.Type == type && r.BenchmarkCase.Descriptor.WorkloadMethod.Name == method);
            var (handWritten, sdk) = (Find(nameof(EndToEndBenchmarks.HandWritten)), Find(nameof(EndToEndBenchmarks.Sdk)));
            var (handWrittenConcurrent, sdkConcurrent) = (Find(nameof(EndToEndBenchmarks.HandWrittenConcurrent)), Find(nameof(EndToEndBenchmarks.SdkConcurrent)));
            if (handWritten is null || sdk is null || handWrittenConcurrent is null || sdkConcurrent is null)
            {
                continue;
            }

            var latencyRatio = Median(sdk) / Median(handWritten);
            var throughputRatio = Median(handWrittenConcurrent) / Median(sdkConcurrent);
            var allocationRatio = (double)Allocated(sdk) / Allocated(handWritten);
            var missed = new List<string>();
            if (latencyRatio > MaxLatencyRatio)
            {
                missed.Add("latency");
            }

            if (throughputRatio < MinThroughputRatio)
            {
                missed.Add("throughput");
            }

            if (allocationRatio > MaxAllocationRatio)
            {
                missed.Add("allocation");
            }

            lines.Add(string.Create(
                CultureInfo.InvariantCulture,
                $"| {type.GetCustomAttribute<DescriptionAttribute>()?.Description ?? type.Name} | {Time(Median(handWritten))} | {Time(Median(sdk))} | {latencyRatio:F2} | {PerSecond(handWrittenConcurrent):N0} | {PerSecond(sdkConcurrent):N0} | {throughputRatio:F2} | {Allocated(handWritten):N0} B | {Allocated(sdk):N0} B | {allocationRatio:F2} | {(missed.Count == 0 ? "yes" : "no: " + string.Join(", ", missed))} |"));
        }

        return string.Join(Environment.NewLine, lines);
    }

    // Nanoseconds per call (BenchmarkDotNet divides by OperationsPerInvoke).
    private static double Median(BenchmarkReport report) => report.ResultStatistics!.Median;

    private static double PerSecond(BenchmarkReport report) => 1e9 / Median(report);

    private static long Allocated(BenchmarkReport report) => report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase) ?? 0;

    private static string Time(double nanoseconds) => nanoseconds >= 1e6
        ? string.Create(CultureInfo.InvariantCulture, $"{nanoseconds / 1e6:F2} ms")
        : string.Create(CultureInfo.InvariantCulture, $"{nanoseconds / 1e3:F0} µs");
}
