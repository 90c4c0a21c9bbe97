using System.Globalization;

namespace Leads.Sdk.Delivery.ProcessTests;

/// <summary>Runs tests/Leads.Sdk.Delivery.Worker in child processes.</summary>
internal static class WorkerProgram
{
    private static readonly TimeSpan ShortRunTimeout = TimeSpan.FromMinutes(5);

    /// <summary>Enqueues leads <paramref name="from"/>..<paramref name="from"/>+<paramref name="count"/>-1 and waits until they are durable.</summary>
    public static async Task EnqueueAsync(string store, int from, int count, CancellationToken cancellationToken)
    {
        await using var child = ChildProcess.Start(BuiltPrograms.DeliveryWorker,
            ["enqueue", "--store", store, "--from", from.ToString(CultureInfo.InvariantCulture), "--count", count.ToString(CultureInfo.InvariantCulture)]);
        await child.WaitForExitAsync(cancellationToken).WaitAsync(ShortRunTimeout, cancellationToken);
        Assert.True(child.ExitCode == 0, "enqueue failed:\n" + child.Output);
    }

    /// <summary>Starts a worker delivering to <paramref name="emulator"/>; it prints "worker started" once hosted.</summary>
    public static ChildProcess StartWorker(string store, Uri emulator, bool untilDone = false, double leaseSeconds = 5)
        => ChildProcess.Start(BuiltPrograms.DeliveryWorker,
            [
                "work", "--store", store, "--emulator", emulator.ToString(),
                "--lease-seconds", leaseSeconds.ToString(CultureInfo.InvariantCulture),
                "--until-done", untilDone ? "true" : "false",
            ],
            line => line == "worker started");

    /// <summary>Waits for a worker started with <c>untilDone</c> to deliver everything and exit.</summary>
    public static async Task WaitUntilDoneAsync(ChildProcess worker, TimeSpan timeout, CancellationToken cancellationToken)
    {
        await worker.WaitForExitAsync(cancellationToken).WaitAsync(timeout, cancellationToken);
        Assert.True(worker.ExitCode == 0, "worker failed:\n" + worker.Output);
    }

    /// <summary>Every delivery in the store, read by a separate process (as an operator would).</summary>
    public static async Task<IReadOnlyList<StoredDelivery>> StatusAsync(string store, CancellationToken cancellationToken)
    {
        await using var child = ChildProcess.Start(BuiltPrograms.DeliveryWorker, ["status", "--store", store]);
        await child.WaitForExitAsync(cancellationToken).WaitAsync(ShortRunTimeout, cancellationToken);
        Assert.True(child.ExitCode == 0, "status failed:\n" + child.Output);
        var lines = child.Output.Split('\n');
        var deliveries = lines.Where(l => l.StartsWith("dp", StringComparison.Ordinal)).Select(StoredDelivery.Parse).ToList();
        Assert.Contains($"total {deliveries.Count}", lines);
        return deliveries;
    }
}
