namespace Leads.Sdk.Delivery.ProcessTests;

/// <summary>
/// Issue #17 "Must show": a worker in a child process delivering 2,000 leads to the emulator (another process) is
/// killed with SIGKILL at random points at least 20 times and restarted; afterwards every LeadExec lead was processed
/// exactly once, every Aimbase and CRM.COM lead once or parked as Unknown, never twice, and the store agrees with the
/// emulator's log (<see cref="DeliveryProof"/>).
/// </summary>
[Collection(ProcessProofs.Name)]
public sealed class CrashProofTests
{
    private const int Leads = 2000;
    private const int Kills = 20;

    // Only one worker lives at a time here, so a short lease loses nothing and lets a restarted worker take over the
    // killed one's leads (the heads of the per-API queues) quickly instead of idling until they expire.
    private const double LeaseSeconds = 1;

    [Fact]
    public async Task Sqlite_WorkerKilled20TimesAndRestarted_NoLeadLostNoneTwice()
    {
        using var file = new SqliteStoreFile();
        await ProveAsync(file.Store);
    }

    internal static async Task ProveAsync(string store)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var seed = ProofSeed.Next();
        var random = new Random(seed);
        await using var emulator = await EmulatorProcess.StartAsync(cancellationToken);
        await WorkerProgram.EnqueueAsync(store, 0, Leads, cancellationToken);

        var output = TestContext.Current.TestOutputHelper;
        for (var kill = 1; kill <= Kills; kill++)
        {
            await using var worker = WorkerProgram.StartWorker(store, emulator.Address, leaseSeconds: LeaseSeconds);
            // Killed at a random moment after it is up: mid-lease, mid-POST, after an answer, before the store update.
            await worker.WaitForLineAsync(cancellationToken).WaitAsync(TimeSpan.FromMinutes(2), cancellationToken);
            var lifetime = TimeSpan.FromMilliseconds(random.Next(300, 2500));
            await Task.Delay(lifetime, cancellationToken);
            Assert.False(worker.HasExited, $"seed {seed}: the worker ended by itself:\n{worker.Output}");
            await worker.KillAsync(cancellationToken);
            var processed = (await emulator.RequestsAsync(cancellationToken)).Count(r => r.Processed);
            output?.WriteLine($"kill {kill} after {lifetime.TotalMilliseconds} ms: {processed} requests processed by the emulator so far");
        }

        await using (var last = WorkerProgram.StartWorker(store, emulator.Address, untilDone: true, leaseSeconds: LeaseSeconds))
        {
            await WorkerProgram.WaitUntilDoneAsync(last, TimeSpan.FromMinutes(10), cancellationToken);
        }

        var proof = DeliveryProof.Check(Leads, await WorkerProgram.StatusAsync(store, cancellationToken), await emulator.RequestsAsync(cancellationToken));
        output?.WriteLine(proof.Summary);
        Assert.True(proof.Violations.Count == 0, $"seed {seed}: {proof.Violations.Count} violations:\n{string.Join('\n', proof.Violations.Take(50))}\n{proof.Summary}");
    }
}
