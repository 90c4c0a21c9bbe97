using Leads.Sdk.Delivery.Tests.Storage;

namespace Leads.Sdk.Delivery.ProcessTests;

/// <summary>
/// The proofs on one throw-away PostgreSQL server (a fresh database each): the crash proof of
/// <see cref="CrashProofTests"/>, and issue #17's two worker processes sharing one outbox.
/// </summary>
[Collection(ProcessProofs.Name)]
public sealed class PostgreSqlProofTests(PostgreSqlServer server) : IClassFixture<PostgreSqlServer>
{
    private const int Leads = 2000;

    [Fact]
    public async Task WorkerKilled20TimesAndRestarted_NoLeadLostNoneTwice()
    {
        var connectionString = await server.CreateDatabaseAsync(TestContext.Current.CancellationToken);

        await CrashProofTests.ProveAsync("postgresql:" + connectionString);
    }

    [Fact]
    public async Task TwoWorkerProcessesOnOneOutbox_2000Leads_NoneDeliveredTwice()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var store = "postgresql:" + await server.CreateDatabaseAsync(cancellationToken);
        await using var emulator = await EmulatorProcess.StartAsync(cancellationToken);
        await WorkerProgram.EnqueueAsync(store, 0, Leads, cancellationToken);

        await using var first = WorkerProgram.StartWorker(store, emulator.Address, untilDone: true);
        await using var second = WorkerProgram.StartWorker(store, emulator.Address, untilDone: true);
        await WorkerProgram.WaitUntilDoneAsync(first, TimeSpan.FromMinutes(10), cancellationToken);
        await WorkerProgram.WaitUntilDoneAsync(second, TimeSpan.FromMinutes(10), cancellationToken);

        var deliveries = await WorkerProgram.StatusAsync(store, cancellationToken);
        var proof = DeliveryProof.Check(Leads, deliveries, await emulator.RequestsAsync(cancellationToken));
        TestContext.Current.TestOutputHelper?.WriteLine(proof.Summary);
        Assert.Empty(proof.Violations);
        // Nobody was killed, so nothing may be in doubt: every lead Delivered.
        Assert.All(deliveries, d => Assert.Equal("Delivered", d.State));
    }
}
