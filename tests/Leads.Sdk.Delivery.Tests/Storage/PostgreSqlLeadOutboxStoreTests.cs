using Leads.Sdk.Delivery.Storage;
using Npgsql;

namespace Leads.Sdk.Delivery.Tests.Storage;

/// <summary>
/// What only the PostgreSQL store has to prove (the shared contract suite covers the rest): several processes, each with
/// its own data source, share one outbox.
/// </summary>
[Collection(SharedPostgreSqlServer.Name)]
public sealed class PostgreSqlLeadOutboxStoreTests(PostgreSqlServer server)
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task LeaseNextAsync_TwoStoresLeasingAtOnce_NeverLeaseOneDeliveryToBoth()
    {
        var ct = TestContext.Current.CancellationToken;
        var connectionString = await server.CreateDatabaseAsync(ct);
        await using var first = new PostgreSqlLeadOutboxStore(connectionString);
        await using var second = new PostgreSqlLeadOutboxStore(connectionString);
        await first.InitializeAsync(ct);
        for (var i = 0; i < 300; i++)
        {
            await first.EnqueueAsync(new LeadOutboxNewItem(LeadDeliveryApi.LeadExec, "{}", T0, T0.AddDays(1)), ct);
        }

        // Each worker leases small batches until the outbox is drained, and delivers what it leased; the leases never
        // expire during the test (one hour), so a delivery leased twice can only be a store fault.
        async Task<List<long>> DrainAsync(PostgreSqlLeadOutboxStore store, string workerId)
        {
            var delivered = new List<long>();
            var now = T0.AddMinutes(1);
            while (true)
            {
                var leases = await store.LeaseNextAsync(workerId, 3, now, TimeSpan.FromHours(1), ct);
                if (leases.Count == 0)
                {
                    return delivered;
                }

                foreach (var lease in leases)
                {
                    Assert.True(await store.CompleteAsync(lease, new LeadOutboxCompletion(LeadDeliveryState.Delivered, null, null, now), ct));
                    delivered.Add(lease.Item.Id);
                }
            }
        }

        var results = await Task.WhenAll(Task.Run(() => DrainAsync(first, "worker-1"), ct), Task.Run(() => DrainAsync(second, "worker-2"), ct));

        var all = results[0].Concat(results[1]).ToList();
        Assert.Equal(300, all.Count);
        Assert.Equal(300, all.Distinct().Count());
        var counts = await first.GetCountsAsync(ct);
        Assert.Equal(300, counts.Counts[(LeadDeliveryApi.LeadExec, LeadDeliveryState.Delivered)]);
        Assert.Null(counts.OldestPendingEnqueuedAt);
    }

    [Fact]
    public async Task LeaseNextAsync_LeaseExpired_AnotherStoreTakesOverAndTheFormerOwnerCanNoLongerWrite()
    {
        var ct = TestContext.Current.CancellationToken;
        var connectionString = await server.CreateDatabaseAsync(ct);
        await using var dead = new PostgreSqlLeadOutboxStore(connectionString);
        await using var alive = new PostgreSqlLeadOutboxStore(connectionString);
        await dead.InitializeAsync(ct);
        var id = await dead.EnqueueAsync(new LeadOutboxNewItem(LeadDeliveryApi.CrmApi, """{"lead":1}""", T0, T0.AddDays(1)), ct);

        var deadLease = Assert.Single(await dead.LeaseNextAsync("dead-worker", 10, T0, TimeSpan.FromMinutes(2), ct));
        Assert.True(await dead.MarkAttemptStartedAsync(deadLease, T0.AddSeconds(1), ct));

        Assert.Empty(await alive.LeaseNextAsync("alive-worker", 10, T0.AddMinutes(1), TimeSpan.FromMinutes(2), ct));
        var takenOver = Assert.Single(await alive.LeaseNextAsync("alive-worker", 10, T0.AddMinutes(2), TimeSpan.FromMinutes(2), ct));

        Assert.Equal(id, takenOver.Item.Id);
        Assert.Equal("alive-worker", takenOver.Item.LeaseOwner);
        Assert.Equal(T0.AddMinutes(4), takenOver.Item.LeaseExpiresAt);
        Assert.True(takenOver.Item.InDoubt);
        Assert.Equal(1, takenOver.Item.Attempts);
        Assert.Equal(T0.AddSeconds(1), takenOver.Item.FirstAttemptStartedAt);
        Assert.NotEqual(deadLease.Token, takenOver.Token);

        // The former owner wakes up and tries to finish its work: nothing it writes lands.
        Assert.False(await dead.RenewLeaseAsync(deadLease, T0.AddMinutes(2), TimeSpan.FromMinutes(2), ct));
        Assert.False(await dead.MarkAttemptStartedAsync(deadLease, T0.AddMinutes(2), ct));
        Assert.False(await dead.RescheduleAsync(deadLease, T0.AddMinutes(3), "transient", inDoubt: false, ct));
        Assert.False(await dead.CompleteAsync(deadLease, new LeadOutboxCompletion(LeadDeliveryState.Delivered, null, """{"id":"stale"}""", T0.AddMinutes(2)), ct));

        Assert.True(await alive.CompleteAsync(takenOver, new LeadOutboxCompletion(LeadDeliveryState.Unknown, "may have reached the server", null, T0.AddMinutes(3)), ct));
        var stored = await alive.GetAsync(id, ct);
        Assert.NotNull(stored);
        Assert.Equal(LeadDeliveryState.Unknown, stored.State);
        Assert.Equal("may have reached the server", stored.Reason);
        Assert.Null(stored.ApiIdentifiers);
        Assert.Null(stored.LeaseOwner);
    }

    [Fact]
    public async Task InitializeAsync_SeveralProcessesStartingAtOnce_AllSucceedAndCreateTheSchemaOnce()
    {
        var ct = TestContext.Current.CancellationToken;
        var connectionString = await server.CreateDatabaseAsync(ct);
        var stores = Enumerable.Range(0, 6).Select(_ => new PostgreSqlLeadOutboxStore(connectionString)).ToList();
        try
        {
            await Task.WhenAll(stores.Select(store => Task.Run(() => store.InitializeAsync(ct), ct)));

            var id = await stores[0].EnqueueAsync(new LeadOutboxNewItem(LeadDeliveryApi.Aimbase, "{}", T0, T0.AddDays(1)), ct);
            Assert.NotNull(await stores[5].GetAsync(id, ct));
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync(ct);
            await using var command = new NpgsqlCommand("SELECT string_agg(version::text, ',') FROM leads_outbox_schema", connection);
            Assert.Equal("1", await command.ExecuteScalarAsync(ct));
        }
        finally
        {
            foreach (var store in stores)
            {
                await store.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task InitializeAsync_DatabaseAlreadyMigrated_KeepsTheDeliveries()
    {
        var ct = TestContext.Current.CancellationToken;
        var connectionString = await server.CreateDatabaseAsync(ct);
        long id;
        await using (var before = new PostgreSqlLeadOutboxStore(connectionString))
        {
            await before.InitializeAsync(ct);
            id = await before.EnqueueAsync(new LeadOutboxNewItem(LeadDeliveryApi.LeadExec, """{"Email":"a@example.com"}""", T0, T0.AddDays(1)), ct);
        }

        await using var restarted = new PostgreSqlLeadOutboxStore(connectionString);
        await restarted.InitializeAsync(ct);

        var stored = await restarted.GetAsync(id, ct);
        Assert.NotNull(stored);
        Assert.Equal("""{"Email":"a@example.com"}""", stored.Payload);
        Assert.Equal(LeadDeliveryState.Pending, stored.State);
    }

    [Fact]
    public async Task InitializeAsync_SchemaReadyAndTheAppUserMayNotCreateTables_StartsAndDelivers()
    {
        var ct = TestContext.Current.CancellationToken;
        var ownerConnectionString = await server.CreateDatabaseAsync(ct);
        await using (var owner = new PostgreSqlLeadOutboxStore(ownerConnectionString))
        {
            await owner.InitializeAsync(ct);
        }

        // A least-privilege app user: reads and writes the outbox, may create nothing.
        var appUser = "app_" + new NpgsqlConnectionStringBuilder(ownerConnectionString).Database;
        await using (var connection = new NpgsqlConnection(ownerConnectionString))
        {
            await connection.OpenAsync(ct);
            await using var grant = new NpgsqlCommand(
                $"""
                CREATE ROLE {appUser} LOGIN;
                REVOKE CREATE ON SCHEMA public FROM PUBLIC;
                GRANT SELECT, INSERT, UPDATE ON leads_outbox, leads_outbox_schema TO {appUser};
                """,
                connection);
            await grant.ExecuteNonQueryAsync(ct);
        }

        var appConnectionString = new NpgsqlConnectionStringBuilder(ownerConnectionString) { Username = appUser }.ConnectionString;
        await using var app = new PostgreSqlLeadOutboxStore(appConnectionString);
        await app.InitializeAsync(ct);
        var id = await app.EnqueueAsync(new LeadOutboxNewItem(LeadDeliveryApi.Aimbase, "{}", T0, T0.AddDays(1)), ct);
        var lease = Assert.Single(await app.LeaseNextAsync("worker", 1, T0, TimeSpan.FromMinutes(1), ct));
        Assert.True(await app.CompleteAsync(lease, new LeadOutboxCompletion(LeadDeliveryState.Delivered, null, """{"LeadId":"7"}""", T0), ct));

        var stored = await app.GetAsync(id, ct);
        Assert.NotNull(stored);
        Assert.Equal(LeadDeliveryState.Delivered, stored.State);
        Assert.Equal("""{"LeadId":"7"}""", stored.ApiIdentifiers);
    }
}
