using Leads.Sdk.LeadExec;
using Microsoft.Extensions.DependencyInjection;
using static Leads.Sdk.Delivery.Tests.DeliveryHarness;

namespace Leads.Sdk.Delivery.Tests.Worker;

/// <summary>
/// A worker that dies between two steps of a delivery (issue #17 item 4), played out on the store: the dead worker's
/// lease expires and another worker takes the lead over.
/// </summary>
public sealed class WorkerStoppedMidDeliveryTests
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task DiedAfterLeasing_BeforeTheAttempt_AnotherWorkerSendsItOnce()
    {
        await using var harness = await StartAsync();
        var id = await harness.Outbox.EnqueueAsync(LeadExecRequest("ned@example.com"), Token);
        await harness.Store.LeaseNextAsync("dead-worker", 10, harness.Time.GetUtcNow(), Lease, Token);

        Assert.Equal(0, await harness.StepAsync());
        harness.Time.Advance(Lease);
        Assert.Equal(1, await harness.StepAsync());

        Assert.Equal(LeadDeliveryState.Delivered, (await harness.GetAsync(id)).State);
        Assert.Equal(1, harness.Count(InsertPath));
        Assert.Equal(0, harness.Count(DuplicateCheckPath));
    }

    [Fact]
    public async Task DiedAfterRecordingTheAttempt_BeforeSending_LeadExecChecksThenSendsOnce()
    {
        await using var harness = await StartAsync();
        var id = await harness.Outbox.EnqueueAsync(LeadExecRequest("ola@example.com"), Token);
        var lease = Assert.Single(await harness.Store.LeaseNextAsync("dead-worker", 10, harness.Time.GetUtcNow(), Lease, Token));
        await harness.Store.MarkAttemptStartedAsync(lease, harness.Time.GetUtcNow(), Token);

        harness.Time.Advance(Lease);
        await harness.StepAsync();

        Assert.Equal(LeadDeliveryState.Delivered, (await harness.GetAsync(id)).State);
        Assert.Equal(1, harness.Count(DuplicateCheckPath));
        Assert.Equal(1, harness.Count(InsertPath));
    }

    [Fact]
    public async Task DiedAfterTheServerAnswered_BeforeStoringIt_LeadExecIsDeliveredWithoutResending()
    {
        await using var harness = await StartAsync();
        var id = await harness.Outbox.EnqueueAsync(LeadExecRequest("pam@example.com"), Token);
        var lease = Assert.Single(await harness.Store.LeaseNextAsync("dead-worker", 10, harness.Time.GetUtcNow(), Lease, Token));
        await harness.Store.MarkAttemptStartedAsync(lease, harness.Time.GetUtcNow(), Token);
        await harness.Services.GetRequiredService<ILeadExecClient>().CreateLeadAsync(LeadExecRequest("pam@example.com"), Token);

        harness.Time.Advance(Lease);
        await harness.StepAsync();

        var delivery = await harness.GetAsync(id);
        Assert.Equal(LeadDeliveryState.Delivered, delivery.State);
        Assert.Equal("100000001", delivery.ApiIdentifiers["LeadIdentifier"]);
        Assert.Equal(1, harness.Count(InsertPath));
    }

    [Fact]
    public async Task DiedAfterRecordingTheAttempt_Aimbase_IsUnknownAndNeverResent()
    {
        await using var harness = await StartAsync();
        var id = await harness.Outbox.EnqueueAsync(AimbaseLead(), Token);
        var lease = Assert.Single(await harness.Store.LeaseNextAsync("dead-worker", 10, harness.Time.GetUtcNow(), Lease, Token));
        await harness.Store.MarkAttemptStartedAsync(lease, harness.Time.GetUtcNow(), Token);

        harness.Time.Advance(Lease);
        await harness.StepAsync();

        var delivery = await harness.GetAsync(id);
        Assert.Equal(LeadDeliveryState.Unknown, delivery.State);
        Assert.StartsWith("The request may have reached the server (An attempt started and recorded no outcome (the worker stopped or lost its lease).)", delivery.Reason, StringComparison.Ordinal);
        Assert.Equal(0, harness.Count(AimbasePath));
    }

    [Fact]
    public async Task SlowWorkerWhoseLeaseWasTakenOver_CannotOverwriteTheNewOwnersOutcome()
    {
        await using var harness = await StartAsync();
        var id = await harness.Outbox.EnqueueAsync(AimbaseLead(), Token);
        var stale = Assert.Single(await harness.Store.LeaseNextAsync("slow-worker", 10, harness.Time.GetUtcNow(), Lease, Token));

        harness.Time.Advance(Lease);
        await harness.StepAsync();
        await harness.Processor.ProcessAsync(harness.Store, stale, Token);

        Assert.Equal(LeadDeliveryState.Delivered, (await harness.GetAsync(id)).State);
        Assert.Equal(1, harness.Count(AimbasePath));
    }
}
