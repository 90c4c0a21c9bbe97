using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using Leads.Sdk.Aimbase.OData;
using Leads.Sdk.Aimbase.OData.Models;
using Leads.Sdk.Aimbase.OData.Query;
using Leads.Sdk.Emulator;
using Leads.Sdk.Http;

namespace Leads.Sdk.Benchmarks.Paging;

/// <summary>
/// Iterates every lead of an emulator data set (1,000-row pages, Prospect and Company expanded) over loopback and
/// reports allocated bytes and peak live managed memory of the client. Each size runs in its own child process, with
/// the emulator in a further process of its own, so neither another run's heap nor the emulator's data set is
/// counted. Peak = the largest live heap (after a full GC at every page boundary) minus the live heap just before
/// the enumeration started.
/// </summary>
internal static class PagingMemoryRun
{
    public static async Task<int> RunAsync(int[] sizes)
    {
        if (Environment.GetEnvironmentVariable("LEADS_PAGING_SERVE") is { } serve)
        {
            return await ServeAsync(int.Parse(serve, CultureInfo.InvariantCulture));
        }

        if (Environment.GetEnvironmentVariable("LEADS_PAGING_CHILD") is { } child)
        {
            return await MeasureAsync(int.Parse(child, CultureInfo.InvariantCulture));
        }

        Console.WriteLine("| Leads | Client | Pages | Time (s) | Allocated by the client (MB) | Allocated per lead (KB) | Peak live managed memory above start (MB) | GC heap after run (MB) |");
        Console.WriteLine("|---:|---|---:|---:|---:|---:|---:|---:|");
        foreach (var size in sizes)
        {
            foreach (var baseline in new[] { "1", "0" })
            {
                Environment.SetEnvironmentVariable("LEADS_PAGING_BASELINE", baseline);
                using var process = Start(("LEADS_PAGING_CHILD", size.ToString(CultureInfo.InvariantCulture)));
                var output = await process.StandardOutput.ReadToEndAsync();
                await process.WaitForExitAsync();
                if (process.ExitCode != 0)
                {
                    Console.Error.WriteLine(output);
                    return process.ExitCode;
                }

                Console.Write(output);
            }
        }

        return 0;
    }

    private static async Task<int> MeasureAsync(int leads)
    {
        // The emulator runs in its own process, so its data set and its page writing stay out of this heap.
        using var server = Start(("LEADS_PAGING_SERVE", leads.ToString(CultureInfo.InvariantCulture)));
        var baseAddress = new Uri((await server.StandardOutput.ReadLineAsync())!);
        var credentials = (new LeadsEmulatorOptions().AimbaseOData.Username, new LeadsEmulatorOptions().AimbaseOData.ApiToken);
        try
        {
            return await EnumerateAsync(leads, baseAddress, credentials);
        }
        finally
        {
            server.StandardInput.Close();
            await server.WaitForExitAsync();
        }
    }

    private static async Task<int> ServeAsync(int leads)
    {
        var options = new LeadsEmulatorOptions();
        options.AimbaseOData.LeadCount = leads;
        options.AimbaseOData.PageSize = 1_000;
        await using var emulator = await LeadsEmulator.StartAsync(options);
        Console.WriteLine(emulator.BaseAddress);
        await Console.In.ReadToEndAsync();
        return 0;
    }

    private static Process Start((string Name, string Value) variable)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true, RedirectStandardInput = true, UseShellExecute = false };

        // Under `dotnet run` the process is the app host; under `dotnet <dll>` it is dotnet itself.
        if (!Path.GetFileNameWithoutExtension(Environment.ProcessPath!).Equals("Leads.Sdk.Benchmarks", StringComparison.Ordinal))
        {
            start.ArgumentList.Add(typeof(PagingMemoryRun).Assembly.Location);
        }

        start.ArgumentList.Add("--paging");
        start.Environment[variable.Name] = variable.Value;
        return Process.Start(start)!;
    }

    private static async Task<int> EnumerateAsync(int leads, Uri baseAddress, (string User, string Token) credentials)
    {
        using var http = new HttpClient(new AvalaApiAuthenticationHandler(() => credentials) { InnerHandler = new SocketsHttpHandler() }) { BaseAddress = baseAddress };
        var client = new AimbaseODataClient(http, new AimbaseODataClientOptions
        {
            BaseAddress = baseAddress,
            AllowInsecureHttp = true,
            Username = credentials.User,
            ApiToken = credentials.Token,
        });
        var query = new ODataQuery<AimbaseODataLead>().Expand(l => l.Prospect, p => p.Expand(x => x.Company));

        var startLive = GC.GetTotalMemory(forceFullCollection: true);
        var startAllocated = GC.GetTotalAllocatedBytes(precise: true);
        var peakLive = startLive;
        var stopwatch = Stopwatch.StartNew();
        var count = 0;
        var pages = 0;
        long checksum = 0;
        var handWritten = Environment.GetEnvironmentVariable("LEADS_PAGING_BASELINE") == "1";
        var source = handWritten ? HandWrittenPagesAsync(http) : SdkPagesAsync(client, query);
        await foreach (var page in source)
        {
            pages++;
            foreach (var lead in page)
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
            $"| {leads:N0} | {(handWritten ? "hand-written" : "SDK")} | {pages} | {stopwatch.Elapsed.TotalSeconds:F2} | {allocated / 1048576.0:F1} | {allocated / 1024.0 / leads:F1} | {(peakLive - startLive) / 1048576.0:F2} | {endLive / 1048576.0:F1} |"));
        return 0;
    }

    private static async IAsyncEnumerable<IReadOnlyList<AimbaseODataLead>> SdkPagesAsync(AimbaseODataClient client, ODataQuery<AimbaseODataLead> query)
    {
        await foreach (var page in client.ListLeadsAsync(query).AsPages())
        {
            yield return page.Values;
        }
    }

    // What a user would write: follow @odata.nextLink, deserialize each page from the stream.
    private static async IAsyncEnumerable<IReadOnlyList<AimbaseODataLead>> HandWrittenPagesAsync(HttpClient http)
    {
        string? next = "odata/V2/Leads?" + OData.ODataEmulatorPage.ExpandProspectAndCompany;
        while (next is not null)
        {
            var page = await http.GetFromJsonAsync(next, OData.BaselineODataJsonContext.Default.BaselineLeadPage);
            yield return page!.Value!;
            next = page.NextLink;
        }
    }
}
