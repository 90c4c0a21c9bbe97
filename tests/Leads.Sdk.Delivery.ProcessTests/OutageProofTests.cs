namespace Leads.Sdk.Delivery.ProcessTests;

/// <summary>
/// Issue #17 "Must show": the emulator refuses all traffic (503, every API) for 30 s while leads are enqueued and a
/// worker runs; every lead is delivered after it returns, none twice, none parked as Unknown (a 503 proves the API
/// never took the lead).
/// </summary>
[Collection(ProcessProofs.Name)]
public sealed class OutageProofTests
{
    private const int Leads = 300;

    [Fact]
    public async Task Sqlite_AllApisDownFor30Seconds_EveryLeadDeliveredOnceAfterwards()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var file = new SqliteStoreFile();
        await using var emulator = await EmulatorProcess.StartAsync(cancellationToken, "--outage", "all:30");
        await using var worker = WorkerProgram.StartWorker(file.Store, emulator.Address, untilDone: false);
        await worker.WaitForLineAsync(cancellationToken).WaitAsync(TimeSpan.FromMinutes(2), cancellationToken);

        await WorkerProgram.EnqueueAsync(file.Store, 0, Leads, cancellationToken);
        // The running worker meets the outage on its own schedule: wait for its first refused request (the window is
        // 30 s from the emulator's start) instead of sampling the log once, which raced the worker on a quiet machine.
        var refusedWhileDown = 0;
        for (var polls = 0; refusedWhileDown == 0 && polls < 150; polls++)
        {
            refusedWhileDown = (await emulator.RequestsAsync(cancellationToken)).Count(r => !r.Processed);
            if (refusedWhileDown == 0)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(200), cancellationToken);
            }
        }

        await using (var last = WorkerProgram.StartWorker(file.Store, emulator.Address, untilDone: true))
        {
            await WorkerProgram.WaitUntilDoneAsync(last, TimeSpan.FromMinutes(5), cancellationToken);
        }

        var store = await WorkerProgram.StatusAsync(file.Store, cancellationToken);
        var proof = DeliveryProof.Check(Leads, store, await emulator.RequestsAsync(cancellationToken));
        TestContext.Current.TestOutputHelper?.WriteLine(proof.Summary);
        Assert.True(refusedWhileDown > 0, "the outage refused nothing: " + proof.Summary);
        Assert.Empty(proof.Violations);
        Assert.All(store, d => Assert.Equal("Delivered", d.State));
    }
}
