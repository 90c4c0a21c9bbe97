using System.Net;
using Leads.Sdk.Emulator.CrmApi;
using Leads.Sdk.Emulator.Faults;
using static Leads.Sdk.Delivery.Tests.DeliveryHarness;

namespace Leads.Sdk.Delivery.Tests.Worker;

/// <summary>Each final state, and retries, against the emulator over loopback HTTP.</summary>
public sealed class DeliveryOutcomeTests
{
    [Fact]
    public async Task LeadExec_Accepted_IsDeliveredWithTheLeadIdentifier()
    {
        await using var harness = await StartAsync();
        var id = await harness.Outbox.EnqueueAsync(LeadExecRequest("ann@example.com"), Token);

        Assert.Equal(1, await harness.StepAsync());

        var delivery = await harness.GetAsync(id);
        Assert.Equal(LeadDeliveryState.Delivered, delivery.State);
        Assert.Equal("100000001", delivery.ApiIdentifiers["LeadIdentifier"]);
        Assert.Equal(1, delivery.Attempts);
        Assert.Equal(1, harness.Count(InsertPath));
    }

    [Fact]
    public async Task Aimbase_Accepted_IsDelivered()
    {
        await using var harness = await StartAsync();
        var id = await harness.Outbox.EnqueueAsync(AimbaseLead("Ng"), Token);

        await harness.StepAsync();

        var delivery = await harness.GetAsync(id);
        Assert.Equal(LeadDeliveryState.Delivered, delivery.State);
        Assert.True(delivery.ApiIdentifiers.ContainsKey("LeadApiIdentifier"));
        Assert.Equal(1, harness.Count(AimbasePath));
    }

    [Fact]
    public async Task Crm_Accepted_IsDeliveredWithTheLeadId()
    {
        await using var harness = await StartAsync();
        var id = await harness.Outbox.EnqueueAsync(CrmRequest(), Token);

        await harness.StepAsync();

        var delivery = await harness.GetAsync(id);
        Assert.Equal(LeadDeliveryState.Delivered, delivery.State);
        Assert.Equal(harness.Emulator.CrmApi().Leads.Single()["id"]!.GetValue<string>(), delivery.ApiIdentifiers["id"]);
        Assert.Equal(1, harness.Count(CrmCreatePath));
    }

    [Fact]
    public async Task LeadExec_RefusedByTheServer_IsRejectedWithItsReason_AndNeverRetried()
    {
        await using var harness = await StartAsync();
        var id = await harness.Outbox.EnqueueAsync(LeadExecRequest("bob@example.com", lastName: null), Token);

        await harness.StepAsync();
        harness.Time.Advance(TimeSpan.FromDays(2));

        Assert.Equal(0, await harness.StepAsync());
        var delivery = await harness.GetAsync(id);
        Assert.Equal(LeadDeliveryState.Rejected, delivery.State);
        Assert.Equal("DataErrors: Missing or invalid fields: LastName", delivery.Reason);
        Assert.Equal(1, harness.Count(InsertPath));
    }

    [Fact]
    public async Task Crm_BadRequest_IsRejected()
    {
        await using var harness = await StartAsync();
        harness.Emulator.Faults.Next(CrmCreatePath, EmulatorFault.Status(HttpStatusCode.BadRequest, "{\"error\":{\"code\":\"INVALID\",\"message\":\"bad type\"}}"));
        var id = await harness.Outbox.EnqueueAsync(CrmRequest(), Token);

        await harness.StepAsync();

        var delivery = await harness.GetAsync(id);
        Assert.Equal(LeadDeliveryState.Rejected, delivery.State);
        Assert.Contains("400", delivery.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ServiceUnavailable_IsRetriedAfterTheBackoff_NotBefore()
    {
        await using var harness = await StartAsync(o => o.InitialRetryDelay = TimeSpan.FromSeconds(10));
        harness.Emulator.Faults.Next(InsertPath, EmulatorFault.Status(HttpStatusCode.ServiceUnavailable));
        var id = await harness.Outbox.EnqueueAsync(LeadExecRequest("cy@example.com"), Token);

        await harness.StepAsync();
        var waiting = await harness.GetItemAsync(id);
        Assert.Equal(LeadDeliveryState.Pending, waiting.State);
        Assert.False(waiting.InDoubt);
        Assert.Contains("503", waiting.Reason, StringComparison.Ordinal);

        harness.Time.Advance(TimeSpan.FromSeconds(9));
        Assert.Equal(0, await harness.StepAsync());
        harness.Time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(1, await harness.StepAsync());

        var delivery = await harness.GetAsync(id);
        Assert.Equal(LeadDeliveryState.Delivered, delivery.State);
        Assert.Equal(2, delivery.Attempts);
        Assert.Equal(2, harness.Count(InsertPath));
    }

    [Fact]
    public async Task TooManyRequests_WaitsForRetryAfter()
    {
        await using var harness = await StartAsync(o => o.InitialRetryDelay = TimeSpan.FromSeconds(1));
        harness.Emulator.Faults.Next(InsertPath, EmulatorFault.TooManyRequests(300));
        var id = await harness.Outbox.EnqueueAsync(LeadExecRequest("dee@example.com"), Token);

        await harness.StepAsync();
        harness.Time.Advance(TimeSpan.FromSeconds(299));
        Assert.Equal(0, await harness.StepAsync());
        harness.Time.Advance(TimeSpan.FromSeconds(1));
        await harness.StepAsync();

        Assert.Equal(LeadDeliveryState.Delivered, (await harness.GetAsync(id)).State);
        Assert.Equal(2, harness.Count(InsertPath));
    }

    [Fact]
    public async Task Backoff_DoublesPerAttempt_UpToTheMaximum()
    {
        await using var harness = await StartAsync(o =>
        {
            o.InitialRetryDelay = TimeSpan.FromSeconds(2);
            o.MaxRetryDelay = TimeSpan.FromSeconds(5);
        });
        var now = harness.Time.GetUtcNow();

        Assert.Equal(now.AddSeconds(2), harness.Processor.NextAttemptAt(1, null));
        Assert.Equal(now.AddSeconds(4), harness.Processor.NextAttemptAt(2, null));
        Assert.Equal(now.AddSeconds(5), harness.Processor.NextAttemptAt(3, null));
        Assert.Equal(now.AddSeconds(5), harness.Processor.NextAttemptAt(40, null));
        Assert.Equal(now.AddSeconds(30), harness.Processor.NextAttemptAt(1, TimeSpan.FromSeconds(30)));
    }

    [Fact]
    public async Task PastTheDeadline_IsExpiredWithoutSending()
    {
        await using var harness = await StartAsync(o => o.DeliveryDeadline = TimeSpan.FromMinutes(1));
        var id = await harness.Outbox.EnqueueAsync(LeadExecRequest("eve@example.com"), Token);

        harness.Time.Advance(TimeSpan.FromMinutes(1));
        await harness.StepAsync();

        var delivery = await harness.GetAsync(id);
        Assert.Equal(LeadDeliveryState.Expired, delivery.State);
        Assert.Equal("The deadline passed before the lead could be sent.", delivery.Reason);
        Assert.Equal(0, harness.Count(InsertPath));
    }

    [Fact]
    public async Task TransientFailure_WhoseRetryFallsAfterTheDeadline_IsExpiredAtOnce()
    {
        await using var harness = await StartAsync(o =>
        {
            o.DeliveryDeadline = TimeSpan.FromMinutes(1);
            o.InitialRetryDelay = TimeSpan.FromMinutes(5);
        });
        harness.Emulator.Faults.Next(InsertPath, EmulatorFault.Status(HttpStatusCode.ServiceUnavailable));
        var id = await harness.Outbox.EnqueueAsync(LeadExecRequest("fay@example.com"), Token);

        await harness.StepAsync();

        var delivery = await harness.GetAsync(id);
        Assert.Equal(LeadDeliveryState.Expired, delivery.State);
        Assert.StartsWith("The next attempt would come after the deadline; last error: ", delivery.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unauthorized_IsRetried_NotRejected()
    {
        await using var harness = await StartAsync();
        harness.Emulator.Faults.Next(CrmCreatePath, EmulatorFault.Status(HttpStatusCode.Forbidden));
        var id = await harness.Outbox.EnqueueAsync(CrmRequest(), Token);

        await harness.StepAsync();
        Assert.Equal(LeadDeliveryState.Pending, (await harness.GetAsync(id)).State);
        harness.Time.Advance(TimeSpan.FromMinutes(10));
        await harness.StepAsync();

        Assert.Equal(LeadDeliveryState.Delivered, (await harness.GetAsync(id)).State);
    }
}
