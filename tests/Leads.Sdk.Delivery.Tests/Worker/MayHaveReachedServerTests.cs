using System.Net;
using Leads.Sdk.Emulator.Faults;
using Leads.Sdk.LeadExec;
using Microsoft.Extensions.DependencyInjection;
using static Leads.Sdk.Delivery.Tests.DeliveryHarness;

namespace Leads.Sdk.Delivery.Tests.Worker;

/// <summary>A POST that may have reached the server is never re-sent blindly (issue #17 item 3).</summary>
public sealed class MayHaveReachedServerTests
{
    [Fact]
    public async Task LeadExec_ConnectionLostAfterProcessing_DuplicateCheckFindsIt_DeliveredWithoutResending()
    {
        await using var harness = await StartAsync();
        harness.Emulator.Faults.Next(InsertPath, EmulatorFault.DropAfterProcessing());
        var id = await harness.Outbox.EnqueueAsync(LeadExecRequest("gil@example.com"), Token);

        await harness.StepAsync();
        var inDoubt = await harness.GetItemAsync(id);
        Assert.True(inDoubt.InDoubt);
        Assert.Equal(LeadDeliveryState.Pending, inDoubt.State);
        Assert.Equal(0, harness.Count(DuplicateCheckPath));

        harness.Time.Advance(TimeSpan.FromMinutes(1));
        await harness.StepAsync();

        var delivery = await harness.GetAsync(id);
        Assert.Equal(LeadDeliveryState.Delivered, delivery.State);
        Assert.Equal("100000001", delivery.ApiIdentifiers["LeadIdentifier"]);
        Assert.StartsWith("Confirmed by the duplicate check", delivery.Reason, StringComparison.Ordinal);
        Assert.Equal(1, harness.Count(InsertPath));
        Assert.Equal(1, harness.Count(DuplicateCheckPath));
        Assert.Contains("gil@example.com", harness.Emulator.Requests.All.Single(r => r.Path == DuplicateCheckPath).Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LeadExec_ConnectionClosedBeforeProcessing_DuplicateCheckFindsNothing_SentAgainOnce()
    {
        await using var harness = await StartAsync();
        harness.Emulator.Faults.Next(InsertPath, EmulatorFault.CloseAfterRequest());
        var id = await harness.Outbox.EnqueueAsync(LeadExecRequest("hal@example.com"), Token);

        await harness.StepAsync();
        harness.Time.Advance(TimeSpan.FromMinutes(1));
        await harness.StepAsync();

        var delivery = await harness.GetAsync(id);
        Assert.Equal(LeadDeliveryState.Delivered, delivery.State);
        Assert.Equal(2, delivery.Attempts);
        Assert.Equal(2, harness.Count(InsertPath));
        Assert.Equal(1, harness.Count(DuplicateCheckPath));
    }

    [Fact]
    public async Task LeadExec_ServerError_IsSettledByTheDuplicateCheck_NotResentBlindly()
    {
        await using var harness = await StartAsync();
        harness.Emulator.Faults.Next(InsertPath, EmulatorFault.Status(HttpStatusCode.InternalServerError));
        var id = await harness.Outbox.EnqueueAsync(LeadExecRequest("ida@example.com"), Token);

        await harness.StepAsync();
        Assert.True((await harness.GetItemAsync(id)).InDoubt);
        harness.Time.Advance(TimeSpan.FromMinutes(1));
        await harness.StepAsync();

        Assert.Equal(LeadDeliveryState.Delivered, (await harness.GetAsync(id)).State);
        Assert.Equal(1, harness.Count(DuplicateCheckPath));
        Assert.Equal(2, harness.Count(InsertPath));
    }

    [Fact]
    public async Task LeadExec_DuplicateReceivedBeforeTheFirstAttempt_IsSomeoneElses_LeadIsSentAgain()
    {
        await using var harness = await StartAsync();

        // The same e-mail arrived from elsewhere ten minutes before this lead's first attempt.
        await harness.Services.GetRequiredService<ILeadExecClient>().CreateLeadAsync(LeadExecRequest("jo@example.com"), Token);
        harness.Time.Advance(TimeSpan.FromMinutes(10));
        harness.Emulator.Faults.Next(InsertPath, EmulatorFault.CloseAfterRequest());
        var id = await harness.Outbox.EnqueueAsync(LeadExecRequest("jo@example.com"), Token);

        await harness.StepAsync();
        harness.Time.Advance(TimeSpan.FromMinutes(1));
        await harness.StepAsync();

        // Re-sent, and the server itself says it is a duplicate: the server decided, not the outbox.
        var delivery = await harness.GetAsync(id);
        Assert.Equal(LeadDeliveryState.Rejected, delivery.State);
        Assert.Equal("DuplicateLead: Duplicate Lead, 100000001", delivery.Reason);
        Assert.Equal(3, harness.Count(InsertPath));
    }

    [Fact]
    public async Task LeadExec_WithoutAnyDuplicateCheckField_IsUnknown()
    {
        await using var harness = await StartAsync(o =>
        {
            o.LeadExecDuplicateCheckFields.Clear();
            o.LeadExecDuplicateCheckFields.Add("Phone");
        });
        harness.Emulator.Faults.Next(InsertPath, EmulatorFault.DropAfterProcessing());
        var id = await harness.Outbox.EnqueueAsync(LeadExecRequest("kim@example.com"), Token);

        await harness.StepAsync();
        harness.Time.Advance(TimeSpan.FromMinutes(1));
        await harness.StepAsync();

        var delivery = await harness.GetAsync(id);
        Assert.Equal(LeadDeliveryState.Unknown, delivery.State);
        Assert.Contains("the lead has none of the duplicate-check fields (Phone), so it cannot be checked.", delivery.Reason, StringComparison.Ordinal);
        Assert.Equal(1, harness.Count(InsertPath));
        Assert.Equal(0, harness.Count(DuplicateCheckPath));
    }

    [Fact]
    public async Task LeadExec_DuplicateCheckFailsTransiently_StaysInDoubt_AndIsAskedAgain()
    {
        await using var harness = await StartAsync();
        harness.Emulator.Faults.Next(InsertPath, EmulatorFault.DropAfterProcessing());
        harness.Emulator.Faults.Next(DuplicateCheckPath, EmulatorFault.Status(HttpStatusCode.ServiceUnavailable));
        var id = await harness.Outbox.EnqueueAsync(LeadExecRequest("lou@example.com"), Token);

        await harness.StepAsync();
        harness.Time.Advance(TimeSpan.FromMinutes(1));
        await harness.StepAsync();
        var stillInDoubt = await harness.GetItemAsync(id);
        Assert.True(stillInDoubt.InDoubt);
        Assert.StartsWith("Checking whether the lead arrived failed: ", stillInDoubt.Reason, StringComparison.Ordinal);

        harness.Time.Advance(TimeSpan.FromMinutes(10));
        await harness.StepAsync();

        Assert.Equal(LeadDeliveryState.Delivered, (await harness.GetAsync(id)).State);
        Assert.Equal(1, harness.Count(InsertPath));
        Assert.Equal(2, harness.Count(DuplicateCheckPath));
    }

    [Theory]
    [InlineData("DropAfterProcessing")]
    [InlineData("InternalServerError")]
    public async Task Aimbase_MayHaveReached_WithoutAResolver_IsUnknownAndNotResent(string fault)
    {
        await using var harness = await StartAsync();
        harness.Emulator.Faults.Next(AimbasePath, fault == "DropAfterProcessing" ? EmulatorFault.DropAfterProcessing() : EmulatorFault.Status(HttpStatusCode.InternalServerError));
        var id = await harness.Outbox.EnqueueAsync(AimbaseLead("Moss"), Token);

        await harness.StepAsync();
        harness.Time.Advance(TimeSpan.FromMinutes(1));
        await harness.StepAsync();
        harness.Time.Advance(TimeSpan.FromDays(1));
        Assert.Equal(0, await harness.StepAsync());

        var delivery = Assert.Single(await harness.Outbox.ListAsync(LeadDeliveryState.Unknown, 10, Token));
        Assert.Equal(id, delivery.Id);
        Assert.Equal("Moss", delivery.AimbaseLead!.LastName);
        Assert.Contains("Aimbase documents no lookup by request; no ILeadDeliveryResolver is registered.", delivery.Reason, StringComparison.Ordinal);
        Assert.Equal(1, harness.Count(AimbasePath));
    }

    [Fact]
    public async Task Crm_MayHaveReached_WithoutAResolver_IsUnknownAndNotResent()
    {
        await using var harness = await StartAsync();
        harness.Emulator.Faults.Next(CrmCreatePath, EmulatorFault.DropAfterProcessing());
        var id = await harness.Outbox.EnqueueAsync(CrmRequest("Crm lead"), Token);

        await harness.StepAsync();
        harness.Time.Advance(TimeSpan.FromMinutes(1));
        await harness.StepAsync();

        var delivery = await harness.GetAsync(id);
        Assert.Equal(LeadDeliveryState.Unknown, delivery.State);
        Assert.Equal("Crm lead", delivery.CrmRequest!.Description);
        Assert.Equal(1, harness.Count(CrmCreatePath));
    }

    [Fact]
    public async Task Aimbase_ResolverFindsTheLead_IsDeliveredWithItsIdentifiers()
    {
        var resolver = new RecordingResolver(LeadDeliveryApi.Aimbase, LeadDeliveryResolution.Delivered(new Dictionary<string, string> { ["Id"] = "A-77" }));
        await using var harness = await StartAsync(services: s => s.AddSingleton<ILeadDeliveryResolver>(resolver));
        harness.Emulator.Faults.Next(AimbasePath, EmulatorFault.DropAfterProcessing());
        var id = await harness.Outbox.EnqueueAsync(AimbaseLead("Nash"), Token);

        await harness.StepAsync();
        harness.Time.Advance(TimeSpan.FromMinutes(1));
        await harness.StepAsync();

        var delivery = await harness.GetAsync(id);
        Assert.Equal(LeadDeliveryState.Delivered, delivery.State);
        Assert.Equal("A-77", delivery.ApiIdentifiers["Id"]);
        var asked = Assert.Single(resolver.Asked);
        Assert.Equal("Nash", asked.AimbaseLead!.LastName);
        Assert.Equal(1, asked.Attempts);
        Assert.NotNull(asked.FirstAttemptStartedAt);
        Assert.Equal(1, harness.Count(AimbasePath));
    }

    [Fact]
    public async Task Crm_ResolverSaysNotReceived_IsSentAgain()
    {
        var resolver = new RecordingResolver(LeadDeliveryApi.CrmApi, LeadDeliveryResolution.NotReceived());
        await using var harness = await StartAsync(services: s => s.AddSingleton<ILeadDeliveryResolver>(resolver));
        harness.Emulator.Faults.Next(CrmCreatePath, EmulatorFault.CloseAfterRequest());
        var id = await harness.Outbox.EnqueueAsync(CrmRequest(), Token);

        await harness.StepAsync();
        harness.Time.Advance(TimeSpan.FromMinutes(1));
        await harness.StepAsync();

        Assert.Equal(LeadDeliveryState.Delivered, (await harness.GetAsync(id)).State);
        Assert.Equal(2, harness.Count(CrmCreatePath));
        Assert.Single(resolver.Asked);
    }

    [Fact]
    public async Task Aimbase_ResolverCannotTell_IsUnknownWithItsReason()
    {
        var resolver = new RecordingResolver(LeadDeliveryApi.Aimbase, LeadDeliveryResolution.Unknown("two leads match"));
        await using var harness = await StartAsync(services: s => s.AddSingleton<ILeadDeliveryResolver>(resolver));
        harness.Emulator.Faults.Next(AimbasePath, EmulatorFault.DropAfterProcessing());
        var id = await harness.Outbox.EnqueueAsync(AimbaseLead(), Token);

        await harness.StepAsync();
        harness.Time.Advance(TimeSpan.FromMinutes(1));
        await harness.StepAsync();

        var delivery = await harness.GetAsync(id);
        Assert.Equal(LeadDeliveryState.Unknown, delivery.State);
        Assert.EndsWith("the resolver could not tell: two leads match", delivery.Reason, StringComparison.Ordinal);
    }

    private sealed class RecordingResolver(LeadDeliveryApi api, LeadDeliveryResolution answer) : ILeadDeliveryResolver
    {
        public List<LeadDelivery> Asked { get; } = [];

        public LeadDeliveryApi Api => api;

        public Task<LeadDeliveryResolution> ResolveAsync(LeadDelivery delivery, CancellationToken cancellationToken)
        {
            Asked.Add(delivery);
            return Task.FromResult(answer);
        }
    }
}
