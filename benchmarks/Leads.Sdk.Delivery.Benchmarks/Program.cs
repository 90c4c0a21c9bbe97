// The delivery outbox benchmark: enqueue latency and sustained delivery throughput to the emulator, for the SQLite and
// PostgreSQL stores, with one and two worker processes. Everything runs as in production: the emulator host, the
// enqueueing app and each worker are separate processes (tests/Leads.Sdk.Delivery.Worker), PostgreSQL is a
// throw-away local server with fsync on, SQLite is one WAL file with synchronous=FULL.
//   dotnet run -c Release --project benchmarks/Leads.Sdk.Delivery.Benchmarks [-- --enqueue 1000 --leads 3000]
using System.Diagnostics;
using System.Globalization;
using Leads.Sdk.Delivery.ProcessTests;
using Leads.Sdk.Delivery.Tests.Storage;

var enqueueCount = IntOption("--enqueue", 1000);
var leadCount = IntOption("--leads", 3000);
using var stop = new CancellationTokenSource();
var cancellationToken = stop.Token;

await using var emulator = await EmulatorProcess.StartAsync(cancellationToken);
await using var postgres = await PostgreSqlServer.StartAsync(cancellationToken);
var results = new List<string>();
foreach (var storeName in new[] { "SQLite", "PostgreSQL" })
{
    var (p50, p99) = await EnqueueLatencyAsync(await FreshStoreAsync(storeName), enqueueCount);
    foreach (var workers in new[] { 1, 2 })
    {
        var perSecond = await ThroughputAsync(await FreshStoreAsync(storeName), workers, leadCount);
        results.Add(string.Create(CultureInfo.InvariantCulture,
            $"| {storeName} | {workers} | {p50:F2} | {p99:F2} | {perSecond:F0} |"));
        Console.WriteLine(results[^1]);
    }
}

Console.WriteLine();
Console.WriteLine("| Store | Workers | Enqueue p50 (ms) | Enqueue p99 (ms) | Delivered leads/s |");
Console.WriteLine("|---|---:|---:|---:|---:|");
results.ForEach(Console.WriteLine);
return 0;

// Sequential EnqueueAsync calls from one process; each returns once the lead is durable (committed and flushed).
async Task<(double P50, double P99)> EnqueueLatencyAsync(string store, int count)
{
    var file = Path.Combine(Path.GetTempPath(), $"leads-bench-{Guid.NewGuid():N}.txt");
    await RunToEndAsync(["enqueue", "--store", store, "--count", Text(count), "--latencies", file]);
    var latencies = (await File.ReadAllLinesAsync(file, cancellationToken)).Select(l => double.Parse(l, CultureInfo.InvariantCulture)).Order().ToArray();
    File.Delete(file);
    return (Percentile(latencies, 0.50), Percentile(latencies, 0.99));
}

// Leads processed by the emulator per second while the workers are in their stride: from the 10% to the 90% mark of
// the backlog, so process start-up and the tail do not count.
async Task<double> ThroughputAsync(string store, int workers, int count)
{
    await RunToEndAsync(["enqueue", "--store", store, "--count", Text(count)]);
    var before = await ProcessedAsync();
    var children = Enumerable.Range(0, workers)
        .Select(_ => ChildProcess.Start(BuiltPrograms.DeliveryWorker, ["work", "--store", store, "--emulator", emulator.Address.ToString(), "--until-done", "true"]))
        .ToList();
    var clock = Stopwatch.StartNew();
    TimeSpan? at10 = null, at90 = null;
    while (at90 is null)
    {
        var done = await ProcessedAsync() - before;
        if (at10 is null && done >= count / 10)
        {
            at10 = clock.Elapsed;
        }

        if (done >= count * 9 / 10)
        {
            at90 = clock.Elapsed;
        }

        await Task.Delay(100, cancellationToken);
    }

    foreach (var child in children)
    {
        await child.WaitForExitAsync(cancellationToken);
        await child.DisposeAsync();
    }

    return count * 0.8 / (at90.Value - at10!.Value).TotalSeconds;
}

// Lead POSTs the emulator processed (logins and duplicate checks left out).
async Task<int> ProcessedAsync() => (await emulator.RequestsAsync(cancellationToken)).Count(r => r.Processed
    && (r.Path.StartsWith("/processor/insert/", StringComparison.Ordinal) || r.Path == "/marketing/api/lead" || r.Path == "/crmapi/rest/v2/leads/create"));

async Task<string> FreshStoreAsync(string storeName) => storeName == "SQLite"
    ? "sqlite:" + Path.Combine(Path.GetTempPath(), $"leads-bench-{Guid.NewGuid():N}.db")
    : "postgresql:" + await postgres.CreateDatabaseAsync(cancellationToken);

async Task RunToEndAsync(string[] arguments)
{
    await using var child = ChildProcess.Start(BuiltPrograms.DeliveryWorker, arguments);
    await child.WaitForExitAsync(cancellationToken);
    if (child.ExitCode != 0)
    {
        throw new InvalidOperationException("The worker failed:\n" + child.Output);
    }
}

int IntOption(string name, int fallback)
    => Array.IndexOf(args, name) is var i and >= 0 ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;

static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

static double Percentile(double[] sorted, double quantile) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(quantile * sorted.Length) - 1)];
