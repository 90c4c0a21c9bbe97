using System.Diagnostics.Metrics;
using Leads.Sdk.Delivery.Diagnostics;
using Leads.Sdk.Emulator.Faults;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Options;
using static Leads.Sdk.Delivery.Tests.DeliveryHarness;

namespace Leads.Sdk.Delivery.Tests.Operations;

/// <summary>What an operator sees and can do (issue #17 item 5).</summary>
public sealed class OutboxOperatorTests
{
    [Fact]
    public async Task Statistics_CountByApiAndState_AndMeasureTheOldestPendingAge()
    {
        await using var harness = await StartAsync();
        harness.Emulator.Faults.Next(AimbasePath, EmulatorFault.DropAfterProcessing());
        await harness.Outbox.EnqueueAsync(AimbaseLead(), Token);
        await harness.Outbox.EnqueueAsync(LeadExecRequest("q1@example.com"), Token);
        await harness.StepAsync();
        harness.Time.Advance(TimeSpan.FromSeconds(30));
        await harness.Outbox.EnqueueAsync(LeadExecRequest("q2@example.com"), Token);
        await harness.Outbox.EnqueueAsync(CrmRequest(), Token);
        harness.Time.Advance(TimeSpan.FromSeconds(45));

        var statistics = await harness.Outbox.GetStatisticsAsync(Token);

        Assert.Equal(1, statistics.Count(LeadDeliveryState.Pending, LeadDeliveryApi.Aimbase));
        Assert.Equal(1, statistics.Count(LeadDeliveryState.Delivered, LeadDeliveryApi.LeadExec));
        Assert.Equal(1, statistics.Count(LeadDeliveryState.Pending, LeadDeliveryApi.LeadExec));
        Assert.Equal(1, statistics.Count(LeadDeliveryState.Pending, LeadDeliveryApi.CrmApi));
        Assert.Equal(3, statistics.Count(LeadDeliveryState.Pending));
        Assert.Equal(0, statistics.Count(LeadDeliveryState.Unknown));

        // The Aimbase lead, in doubt since the first step, is the oldest pending one: 75 seconds.
        Assert.Equal(TimeSpan.FromSeconds(75), statistics.OldestPendingAge);
    }

    [Fact]
    public async Task Requeue_AnUnknownLead_SendsItAgain()
    {
        await using var harness = await StartAsync();
        harness.Emulator.Faults.Next(AimbasePath, EmulatorFault.DropAfterProcessing());
        var id = await harness.Outbox.EnqueueAsync(AimbaseLead(), Token);
        await harness.StepAsync();
        harness.Time.Advance(TimeSpan.FromMinutes(1));
        await harness.StepAsync();
        Assert.Equal(LeadDeliveryState.Unknown, (await harness.GetAsync(id)).State);

        Assert.True(await harness.Outbox.RequeueAsync(id, Token));
        await harness.StepAsync();

        Assert.Equal(LeadDeliveryState.Delivered, (await harness.GetAsync(id)).State);
        Assert.Equal(2, harness.Count(AimbasePath));
        Assert.False(await harness.Outbox.RequeueAsync(id, Token));
    }

    [Fact]
    public async Task Cancel_APendingLead_IsNeverSent()
    {
        await using var harness = await StartAsync();
        var id = await harness.Outbox.EnqueueAsync(LeadExecRequest("rex@example.com"), Token);

        Assert.True(await harness.Outbox.CancelAsync(id, Token));
        await harness.StepAsync();

        Assert.Equal(LeadDeliveryState.Cancelled, (await harness.GetAsync(id)).State);
        Assert.Equal(0, harness.Count(InsertPath));
        Assert.False(await harness.Outbox.CancelAsync(id, Token));
    }

    [Fact]
    public async Task Get_AbsentId_ReturnsNull()
    {
        await using var harness = await StartAsync();

        Assert.Null(await harness.Outbox.GetAsync(new LeadDeliveryId(404), Token));
    }

    [Fact]
    public async Task Enqueue_AnInvalidAimbaseLead_ThrowsAndStoresNothing()
    {
        await using var harness = await StartAsync();
        var lead = AimbaseLead();
        lead.CountryCode = "USA";

        var error = await Assert.ThrowsAsync<LeadsValidationException>(() => harness.Outbox.EnqueueAsync(lead, Token));

        Assert.Contains(error.Errors, e => e.Path == "Lead.CountryCode");
        Assert.Empty((await harness.Outbox.GetStatisticsAsync(Token)).Counts);
    }

    [Fact]
    public async Task Enqueue_ALeadExecRequestCarryingAPassword_IsRefusedAndNothingStored()
    {
        await using var harness = await StartAsync();
        var request = LeadExecRequest("sue@example.com");
        request.Credentials = new() { Password = "s3cret-value" };

        var error = await Assert.ThrowsAsync<ArgumentException>(() => harness.Outbox.EnqueueAsync(request, Token));

        Assert.DoesNotContain("s3cret-value", error.ToString(), StringComparison.Ordinal);
        Assert.Empty((await harness.Outbox.GetStatisticsAsync(Token)).Counts);
    }

    [Fact]
    public async Task HealthCheck_IsDegradedOnlyOnceTheOldestPendingLeadIsOlderThanTheLimit()
    {
        await using var harness = await StartAsync(o => o.HealthDegradedAfter = TimeSpan.FromMinutes(15));
        var check = new LeadDeliveryHealthCheck(harness.Outbox, harness.Services.GetRequiredService<IOptions<LeadDeliveryOptions>>());
        var context = new HealthCheckContext();

        Assert.Equal(HealthStatus.Healthy, (await check.CheckHealthAsync(context, Token)).Status);
        await harness.Outbox.EnqueueAsync(LeadExecRequest("tom@example.com"), Token);
        harness.Time.Advance(TimeSpan.FromMinutes(15));
        Assert.Equal(HealthStatus.Healthy, (await check.CheckHealthAsync(context, Token)).Status);
        harness.Time.Advance(TimeSpan.FromSeconds(1));

        var degraded = await check.CheckHealthAsync(context, Token);

        Assert.Equal(HealthStatus.Degraded, degraded.Status);
        Assert.Equal("The oldest pending lead has waited 901 s (limit 900 s).", degraded.Description);
        Assert.Equal(1L, degraded.Data["pending"]);
    }

    [Fact]
    public async Task HealthCheck_IsRegisteredByTheBuilderExtension()
    {
        await using var harness = await StartAsync(services: s => s.AddHealthChecks().AddLeadDelivery());

        var report = await harness.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync(Token);

        Assert.Equal(HealthStatus.Healthy, report.Entries["lead-delivery"].Status);
    }

    [Fact]
    public async Task Metrics_RecordOutcomesByApiAndState_OnTheLeadsSdkMeter()
    {
        await using var harness = await StartAsync();
        using var outcomes = new MetricCollector<long>(harness.Services.GetRequiredService<IMeterFactory>(), "Leads.Sdk", LeadDeliveryMetrics.OutcomesName);
        using var latency = new MetricCollector<double>(harness.Services.GetRequiredService<IMeterFactory>(), "Leads.Sdk", LeadDeliveryMetrics.LatencyName);
        await harness.Outbox.EnqueueAsync(LeadExecRequest("uma@example.com"), Token);
        await harness.Outbox.EnqueueAsync(LeadExecRequest("vic@example.com", lastName: null), Token);

        await harness.StepAsync();

        var recorded = outcomes.GetMeasurementSnapshot();
        Assert.Contains(recorded, m => m.Value == 1 && Equals(m.Tags["api"], "leadexec") && Equals(m.Tags["state"], "delivered"));
        Assert.Contains(recorded, m => m.Value == 1 && Equals(m.Tags["api"], "leadexec") && Equals(m.Tags["state"], "rejected"));
        Assert.Equal(2, latency.GetMeasurementSnapshot().Count);
    }
}
