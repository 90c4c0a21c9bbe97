using Leads.Sdk.Aimbase;
using Leads.Sdk.Aimbase.OData;
using Leads.Sdk.Aimbase.OData.Models;
using Leads.Sdk.CrmApi;
using Leads.Sdk.Emulator;
using Leads.Sdk.Emulator.Faults;
using Leads.Sdk.LeadExec;
using Leads.Sdk.LeadExec.Models;
using Microsoft.Extensions.DependencyInjection;

namespace Leads.Sdk.IntegrationTests.Reliability;

/// <summary>
/// Every public async method stops when the caller cancels mid-request, with OperationCanceledException, even though
/// the server would answer only after a minute and the SDK's own timeouts are far away.
/// </summary>
public sealed class CancellationTests
{
    private const int HangGuardMilliseconds = 30_000;

    [Fact(Timeout = HangGuardMilliseconds)]
    public Task AimbaseClient_CancelledMidRequest_ThrowsOperationCanceled()
        => AssertCancelsAsync(ReliabilityOperations.AimbaseCreateJson, (provider, ct) =>
            provider.GetRequiredService<IAimbaseClient>().CreateLeadsAsync([ReliabilityOperations.AimbaseLead()], cancellationToken: ct), TestContext.Current.CancellationToken);

    [Fact(Timeout = HangGuardMilliseconds)]
    public async Task AimbaseODataClient_EveryMethodCancelledMidRequest_ThrowsOperationCanceled()
    {
        var testToken = TestContext.Current.CancellationToken;
        var operation = ReliabilityOperations.ODataGet;
        await AssertCancelsAsync(operation, (provider, ct) => provider.GetRequiredService<IAimbaseODataClient>().GetLeadAsync(7, cancellationToken: ct), testToken);
        await AssertCancelsAsync(operation, async (provider, ct) =>
        {
            await foreach (var _ in provider.GetRequiredService<IAimbaseODataClient>().ListLeadsAsync(cancellationToken: ct))
            {
            }
        }, testToken);
        await AssertCancelsAsync(operation, (provider, ct) => provider.GetRequiredService<IAimbaseODataClient>().UpdateLeadAsync(7, new AimbaseODataLeadPatch { Event = "Show" }, ct), testToken);
    }

    [Fact(Timeout = HangGuardMilliseconds)]
    public async Task LeadExecClient_EveryMethodCancelledMidRequest_ThrowsOperationCanceled()
    {
        var testToken = TestContext.Current.CancellationToken;
        var operation = ReliabilityOperations.LeadExecInsertJson;
        static ILeadExecClient Client(IServiceProvider provider) => provider.GetRequiredService<ILeadExecClient>();
        static LeadExecLead Lead() => ReliabilityOperations.LeadExecLead("cancel@example.com");

        // A PING must not carry contact fields (refused before sending since issue 14).
        static LeadExecLead PingLead()
        {
            var ping = new LeadExecLead();
            ping.Fields.Add("ZipCode", "89101");
            return ping;
        }

        await AssertCancelsAsync(operation, (p, ct) => Client(p).CreateLeadAsync(new LeadExecCreateLeadRequest { Lead = Lead() }, ct), testToken);
        await AssertCancelsAsync(operation, (p, ct) => Client(p).QueueLeadAsync(new LeadExecCreateLeadRequest { Lead = Lead() }, ct), testToken);
        await AssertCancelsAsync(operation, (p, ct) => Client(p).GetQueueStatusAsync("42", ct), testToken);
        await AssertCancelsAsync(operation, (p, ct) => Client(p).WaitForQueueResultAsync("42", cancellationToken: ct), testToken);
        await AssertCancelsAsync(operation, (p, ct) =>
        {
            var update = new LeadExecUpdateLeadRequest { LeadId = 42 };
            update.Fields.Add("FirstName", "Jane");
            return Client(p).UpdateLeadAsync(update, ct);
        }, testToken);
        await AssertCancelsAsync(operation, (p, ct) =>
        {
            var check = new LeadExecCheckDuplicateLeadRequest();
            check.Fields.Add("Email", "cancel@example.com");
            return Client(p).CheckDuplicateLeadAsync(check, ct);
        }, testToken);
        await AssertCancelsAsync(operation, (p, ct) => Client(p).PingLeadAsync(new LeadExecPingLeadRequest { Lead = PingLead() }, ct), testToken);
        await AssertCancelsAsync(operation, (p, ct) => Client(p).QueuePingAsync(new LeadExecPingLeadRequest { Lead = PingLead() }, ct), testToken);
        await AssertCancelsAsync(operation, (p, ct) => Client(p).PingAndPostLeadAsync(new LeadExecPingAndPostLeadRequest { PingLead = PingLead(), Lead = Lead() }, ct), testToken);
    }

    [Fact(Timeout = HangGuardMilliseconds)]
    public async Task CrmApiClient_CancelledMidLoginOrMidCreate_ThrowsOperationCanceled()
    {
        var testToken = TestContext.Current.CancellationToken;

        // The first request is the login, so this cancels during the login; the second cancels during the create.
        await AssertCancelsAsync(ReliabilityOperations.CrmCreate, (provider, ct) =>
            provider.GetRequiredService<ICrmApiClient>().CreateLeadAsync(ReliabilityOperations.CrmLead(), ct), testToken);
        await AssertCancelsAsync(ReliabilityOperations.CrmCreate, warmUp: true, (provider, ct) =>
            provider.GetRequiredService<ICrmApiClient>().CreateLeadAsync(ReliabilityOperations.CrmLead(), ct), testToken);
    }

    private static Task AssertCancelsAsync(ReliabilityOperation operation, Func<IServiceProvider, CancellationToken, Task> call, CancellationToken testToken)
        => AssertCancelsAsync(operation, warmUp: false, call, testToken);

    private static async Task AssertCancelsAsync(ReliabilityOperation operation, bool warmUp, Func<IServiceProvider, CancellationToken, Task> call, CancellationToken testToken)
    {
        await using var emulator = await LeadsEmulator.StartAsync(cancellationToken: testToken);
        var services = new ServiceCollection();
        operation.Register(services, emulator, emulator.BaseAddress, o =>
        {
            // Far-away SDK timeouts: only the caller's token can end the call promptly.
            o.Resilience.AttemptTimeout = TimeSpan.FromMinutes(5);
            o.Resilience.TotalTimeout = TimeSpan.FromMinutes(10);
        });
        await using var provider = services.BuildServiceProvider();
        if (warmUp)
        {
            await operation.InvokeAsync(provider, testToken);
        }

        var before = emulator.Requests.All.Count;
        emulator.Faults.Next("/", EmulatorFault.Delayed(TimeSpan.FromMinutes(1)), count: 100);
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(testToken);

        var task = call(provider, cancellation.Token);
        while (emulator.Requests.All.Count == before && !task.IsCompleted)
        {
            await Task.Delay(10, testToken);
        }

        cancellation.Cancel();

        // Paging and queue polling link the caller's token with their own, so the exception's token may be a linked one.
        var exception = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => task);
        Assert.True(exception.CancellationToken.IsCancellationRequested);
    }
}
