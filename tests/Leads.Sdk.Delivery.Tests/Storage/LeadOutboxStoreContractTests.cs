using Leads.Sdk.Delivery.Storage;

namespace Leads.Sdk.Delivery.Tests.Storage;

/// <summary>
/// What every outbox store must do, whatever its database. A store's test class derives from this and makes a fresh,
/// empty store per test (SQLite: a temp file; PostgreSQL: a fresh database or schema).
/// </summary>
public abstract class LeadOutboxStoreContractTests
{
    // Millisecond precision: stores keep times to the millisecond.
    internal static readonly DateTimeOffset T0 = new(2026, 1, 2, 3, 4, 5, 678, TimeSpan.Zero);
    internal static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    /// <summary>Makes a fresh, empty, initialized store.</summary>
    internal abstract Task<ILeadOutboxStore> CreateStoreAsync();

    internal static CancellationToken Token => TestContext.Current.CancellationToken;

    internal static LeadOutboxNewItem NewItem(LeadDeliveryApi api = LeadDeliveryApi.LeadExec, string payload = "{\"n\":1}", DateTimeOffset? at = null)
        => new(api, payload, at ?? T0, (at ?? T0).AddHours(24));

    [Fact]
    public async Task Enqueue_ThenGet_ReturnsEveryFieldAsStored()
    {
        var store = await CreateStoreAsync();
        var payload = "{\"Email\":\"zoë@example.com\",\"emoji\":\"🚀\",\"quote\":\"'\\\"\"}";

        var id = await store.EnqueueAsync(new LeadOutboxNewItem(LeadDeliveryApi.CrmApi, payload, T0, T0.AddHours(3)), Token);
        var item = await store.GetAsync(id, Token);

        Assert.NotNull(item);
        Assert.Equal(id, item.Id);
        Assert.Equal(LeadDeliveryApi.CrmApi, item.Api);
        Assert.Equal(LeadDeliveryState.Pending, item.State);
        Assert.Equal(payload, item.Payload);
        Assert.Equal(new DateTimeOffset(2026, 1, 2, 3, 4, 5, 678, TimeSpan.Zero), item.EnqueuedAt);
        Assert.Equal(new DateTimeOffset(2026, 1, 2, 6, 4, 5, 678, TimeSpan.Zero), item.Deadline);
        Assert.Equal(item.EnqueuedAt, item.NextAttemptAt);
        Assert.Equal(0, item.Attempts);
        Assert.False(item.InDoubt);
        Assert.Null(item.FirstAttemptStartedAt);
        Assert.Null(item.LeaseOwner);
        Assert.Null(item.CompletedAt);
    }

    [Fact]
    public async Task Get_UnknownId_ReturnsNull()
    {
        var store = await CreateStoreAsync();

        Assert.Null(await store.GetAsync(12345, Token));
    }

    [Fact]
    public async Task Enqueue_ReturnsIncreasingIds()
    {
        var store = await CreateStoreAsync();

        var first = await store.EnqueueAsync(NewItem(), Token);
        var second = await store.EnqueueAsync(NewItem(), Token);
        var third = await store.EnqueueAsync(NewItem(), Token);

        Assert.True(first < second && second < third, $"{first}, {second}, {third}");
    }

    [Fact]
    public async Task Initialize_AgainOnAnInitializedStore_KeepsTheData()
    {
        var store = await CreateStoreAsync();
        var id = await store.EnqueueAsync(NewItem(), Token);

        await store.InitializeAsync(Token);

        Assert.Equal("{\"n\":1}", (await store.GetAsync(id, Token))!.Payload);
    }

    [Fact]
    public async Task LeaseNext_ReturnsDueItemsLowestIdFirst_UpToTheMaximum()
    {
        var store = await CreateStoreAsync();
        var a = await store.EnqueueAsync(NewItem(payload: "a"), Token);
        var b = await store.EnqueueAsync(NewItem(LeadDeliveryApi.Aimbase, "b"), Token);
        await store.EnqueueAsync(NewItem(payload: "c"), Token);

        var leases = await store.LeaseNextAsync("w1", 2, T0, Lease, Token);

        Assert.Equal(["a", "b"], leases.Select(lease => lease.Item.Payload));
        Assert.Equal([a, b], leases.Select(lease => lease.Item.Id));
        Assert.All(leases, lease => Assert.Equal("w1", lease.Item.LeaseOwner));
        Assert.NotEqual(leases[0].Token, leases[1].Token);
    }

    [Fact]
    public async Task LeaseNext_ItemEnqueuedLater_IsNotDueYet()
    {
        var store = await CreateStoreAsync();
        await store.EnqueueAsync(NewItem(at: T0.AddSeconds(10)), Token);

        Assert.Empty(await store.LeaseNextAsync("w1", 10, T0, Lease, Token));
        Assert.Single(await store.LeaseNextAsync("w1", 10, T0.AddSeconds(10), Lease, Token));
    }

    [Fact]
    public async Task LeaseNext_LeasedItem_IsNotLeasedAgainUntilTheLeaseExpires()
    {
        var store = await CreateStoreAsync();
        await store.EnqueueAsync(NewItem(), Token);
        var first = Assert.Single(await store.LeaseNextAsync("w1", 10, T0, Lease, Token));

        Assert.Empty(await store.LeaseNextAsync("w2", 10, T0.AddSeconds(119), Lease, Token));
        var takeover = Assert.Single(await store.LeaseNextAsync("w2", 10, T0.AddSeconds(120), Lease, Token));

        Assert.Equal(first.Item.Id, takeover.Item.Id);
        Assert.Equal("w2", takeover.Item.LeaseOwner);
        Assert.NotEqual(first.Token, takeover.Token);
    }

    [Fact]
    public async Task WritesWithATakenOverLease_ChangeNothing()
    {
        var store = await CreateStoreAsync();
        await store.EnqueueAsync(NewItem(), Token);
        var stale = Assert.Single(await store.LeaseNextAsync("w1", 10, T0, Lease, Token));
        var current = Assert.Single(await store.LeaseNextAsync("w2", 10, T0.AddMinutes(3), Lease, Token));

        Assert.False(await store.MarkAttemptStartedAsync(stale, T0.AddMinutes(3), Token));
        Assert.False(await store.CompleteAsync(stale, new LeadOutboxCompletion(LeadDeliveryState.Delivered, null, null, T0.AddMinutes(3)), Token));
        Assert.False(await store.RescheduleAsync(stale, T0.AddHours(1), "stale", inDoubt: false, Token));
        Assert.False(await store.RenewLeaseAsync(stale, T0.AddMinutes(3), Lease, Token));

        var item = (await store.GetAsync(current.Item.Id, Token))!;
        Assert.Equal(LeadDeliveryState.Pending, item.State);
        Assert.Equal(0, item.Attempts);
        Assert.Equal("w2", item.LeaseOwner);
        Assert.Null(item.Reason);
    }

    [Fact]
    public async Task MarkAttemptStarted_CountsTheAttemptAndPutsTheItemInDoubt()
    {
        var store = await CreateStoreAsync();
        var id = await store.EnqueueAsync(NewItem(), Token);
        var lease = Assert.Single(await store.LeaseNextAsync("w1", 10, T0, Lease, Token));

        Assert.True(await store.MarkAttemptStartedAsync(lease, T0.AddSeconds(1), Token));
        Assert.True(await store.MarkAttemptStartedAsync(lease, T0.AddSeconds(5), Token));

        var item = (await store.GetAsync(id, Token))!;
        Assert.Equal(2, item.Attempts);
        Assert.Equal(T0.AddSeconds(1), item.FirstAttemptStartedAt);
        Assert.Equal(T0.AddSeconds(5), item.LastAttemptStartedAt);
        Assert.True(item.InDoubt);
    }

    [Fact]
    public async Task ExpiredLeaseOfAnItemInDoubt_IsTakenOverStillInDoubt()
    {
        var store = await CreateStoreAsync();
        await store.EnqueueAsync(NewItem(), Token);
        var lease = Assert.Single(await store.LeaseNextAsync("w1", 10, T0, Lease, Token));
        await store.MarkAttemptStartedAsync(lease, T0.AddSeconds(1), Token);

        var takeover = Assert.Single(await store.LeaseNextAsync("w2", 10, T0.AddMinutes(5), Lease, Token));

        Assert.True(takeover.Item.InDoubt);
        Assert.Equal(1, takeover.Item.Attempts);
        Assert.Equal(T0.AddSeconds(1), takeover.Item.FirstAttemptStartedAt);
    }

    [Fact]
    public async Task Complete_StoresTheOutcomeAndTheItemIsNeverLeasedAgain()
    {
        var store = await CreateStoreAsync();
        var id = await store.EnqueueAsync(NewItem(), Token);
        var lease = Assert.Single(await store.LeaseNextAsync("w1", 10, T0, Lease, Token));
        await store.MarkAttemptStartedAsync(lease, T0.AddSeconds(1), Token);

        Assert.True(await store.CompleteAsync(lease, new LeadOutboxCompletion(LeadDeliveryState.Delivered, "accepted", "{\"LeadIdentifier\":\"77\"}", T0.AddSeconds(2)), Token));

        var item = (await store.GetAsync(id, Token))!;
        Assert.Equal(LeadDeliveryState.Delivered, item.State);
        Assert.Equal("accepted", item.Reason);
        Assert.Equal("{\"LeadIdentifier\":\"77\"}", item.ApiIdentifiers);
        Assert.Equal(T0.AddSeconds(2), item.CompletedAt);
        Assert.False(item.InDoubt);
        Assert.Null(item.LeaseOwner);
        Assert.Empty(await store.LeaseNextAsync("w2", 10, T0.AddDays(2), Lease, Token));
        Assert.False(await store.CompleteAsync(lease, new LeadOutboxCompletion(LeadDeliveryState.Rejected, "again", null, T0.AddSeconds(3)), Token));
    }

    [Fact]
    public async Task Reschedule_ReleasesTheLeaseUntilTheNextAttemptTime()
    {
        var store = await CreateStoreAsync();
        var id = await store.EnqueueAsync(NewItem(), Token);
        var lease = Assert.Single(await store.LeaseNextAsync("w1", 10, T0, Lease, Token));
        await store.MarkAttemptStartedAsync(lease, T0, Token);

        Assert.True(await store.RescheduleAsync(lease, T0.AddSeconds(30), "HTTP 503", inDoubt: false, Token));

        var item = (await store.GetAsync(id, Token))!;
        Assert.Equal("HTTP 503", item.Reason);
        Assert.False(item.InDoubt);
        Assert.Null(item.LeaseOwner);
        Assert.Equal(T0.AddSeconds(30), item.NextAttemptAt);
        Assert.Empty(await store.LeaseNextAsync("w1", 10, T0.AddSeconds(29), Lease, Token));
        Assert.Single(await store.LeaseNextAsync("w1", 10, T0.AddSeconds(30), Lease, Token));
    }

    [Fact]
    public async Task Reschedule_InDoubt_KeepsTheItemInDoubt()
    {
        var store = await CreateStoreAsync();
        var id = await store.EnqueueAsync(NewItem(), Token);
        var lease = Assert.Single(await store.LeaseNextAsync("w1", 10, T0, Lease, Token));
        await store.MarkAttemptStartedAsync(lease, T0, Token);

        await store.RescheduleAsync(lease, T0.AddSeconds(30), "duplicate check failed", inDoubt: true, Token);

        Assert.True((await store.GetAsync(id, Token))!.InDoubt);
    }

    [Fact]
    public async Task RenewLease_KeepsOtherWorkersAwayUntilTheNewExpiry()
    {
        var store = await CreateStoreAsync();
        await store.EnqueueAsync(NewItem(), Token);
        var lease = Assert.Single(await store.LeaseNextAsync("w1", 10, T0, Lease, Token));

        Assert.True(await store.RenewLeaseAsync(lease, T0.AddMinutes(1), Lease, Token));

        Assert.Empty(await store.LeaseNextAsync("w2", 10, T0.AddMinutes(2), Lease, Token));
        Assert.Single(await store.LeaseNextAsync("w2", 10, T0.AddMinutes(3), Lease, Token));
    }

    [Fact]
    public async Task LeaseNext_ManyWorkersAtOnce_NeverLeaseOneItemTwice()
    {
        var store = await CreateStoreAsync();
        for (var i = 0; i < 60; i++)
        {
            await store.EnqueueAsync(NewItem(), Token);
        }

        var batches = await Task.WhenAll(Enumerable.Range(0, 8).Select(w => Task.Run(async () =>
        {
            var mine = new List<long>();
            while (await store.LeaseNextAsync($"w{w}", 3, T0, Lease, Token) is { Count: > 0 } leases)
            {
                mine.AddRange(leases.Select(lease => lease.Item.Id));
            }

            return mine;
        })));

        var all = batches.SelectMany(ids => ids).ToList();
        Assert.Equal(60, all.Count);
        Assert.Equal(60, all.Distinct().Count());
    }

    [Fact]
    public async Task GetCounts_CountsByApiAndState_AndFindsTheOldestPending()
    {
        var store = await CreateStoreAsync();
        await store.EnqueueAsync(NewItem(LeadDeliveryApi.Aimbase, at: T0.AddSeconds(1)), Token);
        await store.EnqueueAsync(NewItem(LeadDeliveryApi.LeadExec, at: T0.AddSeconds(2)), Token);
        await store.EnqueueAsync(NewItem(LeadDeliveryApi.LeadExec, at: T0.AddSeconds(3)), Token);
        var delivered = Assert.Single(await store.LeaseNextAsync("w1", 1, T0.AddSeconds(5), Lease, Token));
        await store.CompleteAsync(delivered, new LeadOutboxCompletion(LeadDeliveryState.Delivered, null, null, T0.AddSeconds(6)), Token);

        var counts = await store.GetCountsAsync(Token);

        Assert.Equal(2, counts.Counts.Count);
        Assert.Equal(1, counts.Counts[(LeadDeliveryApi.Aimbase, LeadDeliveryState.Delivered)]);
        Assert.Equal(2, counts.Counts[(LeadDeliveryApi.LeadExec, LeadDeliveryState.Pending)]);
        Assert.Equal(T0.AddSeconds(2), counts.OldestPendingEnqueuedAt);
    }

    [Fact]
    public async Task GetCounts_EmptyStore_HasNoCountsAndNoOldestPending()
    {
        var store = await CreateStoreAsync();

        var counts = await store.GetCountsAsync(Token);

        Assert.Empty(counts.Counts);
        Assert.Null(counts.OldestPendingEnqueuedAt);
    }

    [Fact]
    public async Task List_ReturnsOneStateLowestIdFirst_UpToTheLimit()
    {
        var store = await CreateStoreAsync();
        for (var i = 0; i < 4; i++)
        {
            await store.EnqueueAsync(NewItem(payload: $"p{i}"), Token);
        }

        foreach (var lease in await store.LeaseNextAsync("w1", 3, T0, Lease, Token))
        {
            await store.CompleteAsync(lease, new LeadOutboxCompletion(LeadDeliveryState.Unknown, $"unknown {lease.Item.Payload}", null, T0), Token);
        }

        var unknown = await store.ListAsync(LeadDeliveryState.Unknown, 2, Token);

        Assert.Equal(["unknown p0", "unknown p1"], unknown.Select(item => item.Reason));
        Assert.Equal(["p3"], (await store.ListAsync(LeadDeliveryState.Pending, 10, Token)).Select(item => item.Payload));
    }

    [Theory]
    [InlineData(LeadDeliveryState.Rejected, true)]
    [InlineData(LeadDeliveryState.Expired, true)]
    [InlineData(LeadDeliveryState.Unknown, true)]
    [InlineData(LeadDeliveryState.Delivered, false)]
    public async Task Requeue_FinalState_MakesItPendingAndDueNow_ExceptDelivered(LeadDeliveryState state, bool expected)
    {
        var store = await CreateStoreAsync();
        var id = await store.EnqueueAsync(NewItem(), Token);
        var lease = Assert.Single(await store.LeaseNextAsync("w1", 1, T0, Lease, Token));
        await store.MarkAttemptStartedAsync(lease, T0, Token);
        await store.CompleteAsync(lease, new LeadOutboxCompletion(state, "why", null, T0.AddSeconds(1)), Token);

        Assert.Equal(expected, await store.RequeueAsync(id, T0.AddHours(1), T0.AddHours(25), Token));

        var item = (await store.GetAsync(id, Token))!;
        Assert.Equal(expected ? LeadDeliveryState.Pending : state, item.State);
        if (expected)
        {
            Assert.Equal(T0.AddHours(1), item.NextAttemptAt);
            Assert.Equal(T0.AddHours(25), item.Deadline);
            Assert.False(item.InDoubt);
            Assert.Null(item.CompletedAt);
            Assert.Single(await store.LeaseNextAsync("w1", 1, T0.AddHours(1), Lease, Token));
        }
    }

    [Fact]
    public async Task Requeue_PendingOrAbsent_ReturnsFalse()
    {
        var store = await CreateStoreAsync();
        var id = await store.EnqueueAsync(NewItem(), Token);

        Assert.False(await store.RequeueAsync(id, T0, T0.AddHours(24), Token));
        Assert.False(await store.RequeueAsync(id + 100, T0, T0.AddHours(24), Token));
    }

    [Fact]
    public async Task Cancel_PendingNotLeased_IsCancelledAndNeverLeased()
    {
        var store = await CreateStoreAsync();
        var id = await store.EnqueueAsync(NewItem(), Token);

        Assert.True(await store.CancelAsync(id, T0.AddSeconds(1), Token));

        var item = (await store.GetAsync(id, Token))!;
        Assert.Equal(LeadDeliveryState.Cancelled, item.State);
        Assert.Equal(T0.AddSeconds(1), item.CompletedAt);
        Assert.Empty(await store.LeaseNextAsync("w1", 10, T0.AddSeconds(2), Lease, Token));
    }

    [Fact]
    public async Task Cancel_WhileAWorkerHoldsTheLease_ReturnsFalse()
    {
        var store = await CreateStoreAsync();
        var id = await store.EnqueueAsync(NewItem(), Token);
        await store.LeaseNextAsync("w1", 10, T0, Lease, Token);

        Assert.False(await store.CancelAsync(id, T0.AddSeconds(1), Token));
        Assert.Equal(LeadDeliveryState.Pending, (await store.GetAsync(id, Token))!.State);
    }

    [Fact]
    public async Task Cancel_InDoubt_ReturnsFalse()
    {
        var store = await CreateStoreAsync();
        var id = await store.EnqueueAsync(NewItem(), Token);
        var lease = Assert.Single(await store.LeaseNextAsync("w1", 10, T0, Lease, Token));
        await store.MarkAttemptStartedAsync(lease, T0, Token);
        await store.RescheduleAsync(lease, T0.AddSeconds(10), "check failed", inDoubt: true, Token);

        Assert.False(await store.CancelAsync(id, T0.AddSeconds(1), Token));
    }

    [Theory]
    [InlineData(LeadDeliveryState.Unknown, true)]
    [InlineData(LeadDeliveryState.Delivered, false)]
    [InlineData(LeadDeliveryState.Rejected, false)]
    public async Task Cancel_FinalState_OnlyUnknownCanBeCancelled(LeadDeliveryState state, bool expected)
    {
        var store = await CreateStoreAsync();
        var id = await store.EnqueueAsync(NewItem(), Token);
        var lease = Assert.Single(await store.LeaseNextAsync("w1", 10, T0, Lease, Token));
        await store.CompleteAsync(lease, new LeadOutboxCompletion(state, null, null, T0), Token);

        Assert.Equal(expected, await store.CancelAsync(id, T0.AddSeconds(1), Token));
        Assert.Equal(expected ? LeadDeliveryState.Cancelled : state, (await store.GetAsync(id, Token))!.State);
    }
}
