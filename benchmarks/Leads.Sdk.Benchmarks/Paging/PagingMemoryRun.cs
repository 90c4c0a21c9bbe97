using System.Diagnostics;
using System.Globalization;
using Leads.Sdk.Aimbase.OData;
using Leads.Sdk.Aimbase.OData.Models;
using Leads.Sdk.Aimbase.OData.Query;
using Leads.Sdk.Emulator;
using Leads.Sdk.Http;

namespace Leads.Sdk.Benchmarks.Paging;

/// <summary>
/// Iterates every lead of an emulator data set (1,000-row pages, Prospect and Company expanded) over loopback and
/// reports allocated bytes and peak live managed memory. Each size runs in its own child process so one run's heap
/// cannot hide or inflate another's. Peak = the largest live heap (after a full GC at every page boundary) minus the
/// live heap just before the enumeration started, so the emulator's own data set is not counted.
/// </summary>
internal static class PagingMemoryRun
{
    public static async Task<int> RunAsync(int[] sizes)
    {
        if (Environment.GetEnvironmentVariable("LEADS_PAGING_CHILD") is { } child)
        {
            return await MeasureAsync(int.Parse(child, CultureInfo.InvariantCulture));
        }

        Console.WriteLine("| Leads | Pages | Time (s) | Allocated, client + in-process emulator (MB) | Allocated per lead (KB) | Peak live managed memory above start (MB) | GC heap after run (MB) |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var size in sizes)
        {
            var start = new ProcessStartInfo(Environment.ProcessPath!)
            {
                RedirectStandardOutput = true,
                UseShellExecute = false,
            };
            // Under `dotnet run` the process is the app host; under `dotnet <dll>` it is dotnet itself.
            if (!Environment.ProcessPath!.EndsWith("Leads.Sdk.Benchmarks", StringComparison.Ordinal)
                && !Environment.ProcessPath.EndsWith("Leads.Sdk.Benchmarks.exe", StringComparison.Ordinal))
            {
                start.ArgumentList.Add(typeof(PagingMemoryRun).Assembly.Location);
            }

            start.ArgumentList.Add("--paging");
            start.Environment["LEADS_PAGING_CHILD"] = size.ToString(CultureInfo.InvariantCulture);
            using var process = Process.Start(start)!;
            var output = await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            if (process.ExitCode != 0)
            {
                Console.Error.WriteLine(output);
                return process.ExitCode;
            }

            Console.Write(output);
        }

        return 0;
    }

    private static async Task<int> MeasureAsync(int leads)
    {
        var options = new LeadsEmulatorOptions();
        options.AimbaseOData.LeadCount = leads;
        options.AimbaseOData.PageSize = 1_000;
        await using var emulator = await LeadsEmulator.StartAsync(options);
        var credentials = (options.AimbaseOData.UserName, options.AimbaseOData.ApiToken);
        using var http = new HttpClient(new AvalaApiAuthenticationHandler(() => credentials) { InnerHandler = new SocketsHttpHandler() }) { BaseAddress = emulator.BaseAddress };
        var client = new AimbaseODataClient(http, new AimbaseODataOptions
        {
            BaseAddress = emulator.BaseAddress,
            AllowInsecureHttp = true,
            UserName = options.AimbaseOData.UserName,
            ApiToken = options.AimbaseOData.ApiToken,
        });
        var query = new ODataQuery<Lead>().Expand(l => l.Prospect, p => p.Expand(x => x.Company));

        var startLive = GC.GetTotalMemory(forceFullCollection: true);
        var startAllocated = GC.GetTotalAllocatedBytes(precise: true);
        var peakLive = startLive;
        var stopwatch = Stopwatch.StartNew();
        var count = 0;
        var pages = 0;
        long checksum = 0;
        await foreach (var page in client.ListLeadsAsync(query).AsPages())
        {
            pages++;
            foreach (var lead in page.Values)
            {
                count++;
                checksum += lead.Prospect?.Id ?? 0;
            }

            // Sampled while the page is still referenced: the most the enumeration keeps alive at once.
            peakLive = Math.Max(peakLive, GC.GetTotalMemory(forceFullCollection: true));
        }

        stopwatch.Stop();
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - startAllocated;
        var endLive = GC.GetTotalMemory(forceFullCollection: true);
        if (count != leads)
        {
            Console.Error.WriteLine($"Expected {leads} leads, enumerated {count} (checksum {checksum}).");
            return 3;
        }

        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"| {leads:N0} | {pages} | {stopwatch.Elapsed.TotalSeconds:F2} | {allocated / 1048576.0:F1} | {allocated / 1024.0 / leads:F1} | {(peakLive - startLive) / 1048576.0:F2} | {endLive / 1048576.0:F1} |"));
        return 0;
    }
}
