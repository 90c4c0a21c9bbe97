using Leads.Sdk.CrmApi;
using Leads.Sdk.Emulator;
using Leads.Sdk.Emulator.CrmApi;
using Microsoft.Extensions.DependencyInjection;

namespace Leads.Sdk.IntegrationTests.Reliability;

/// <summary>Many concurrent calls through one DI registration, and the factory's handler rotation under a live login.</summary>
public sealed class LoadAndLifetimeTests
{
    private const int Concurrency = 1000;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string> Creates() => [ReliabilityOperations.AimbaseCreateJson.Name, ReliabilityOperations.LeadExecInsertJson.Name, ReliabilityOperations.CrmCreate.Name];

    [Theory]
    [MemberData(nameof(Creates))]
    public async Task Create_OneThousandConcurrentCallsThroughOneRegistration_AllArriveOnceAndSucceed(string name)
    {
        var operation = FaultMatrixData.Operation(name);
        await using var emulator = await LeadsEmulator.StartAsync(cancellationToken: Ct);
        var services = new ServiceCollection();
        operation.Register(services, emulator, emulator.BaseAddress, _ => { });
        await using var provider = services.BuildServiceProvider();

        await Task.WhenAll(Enumerable.Range(0, Concurrency).Select(_ => Task.Run(() => operation.InvokeAsync(provider, Ct), Ct)));

        Assert.Equal(Concurrency, emulator.Requests.Count(operation.Method.Method, operation.PathPrefix));
        if (operation == ReliabilityOperations.CrmCreate)
        {
            Assert.Equal(Concurrency, emulator.CrmApi().Leads.Count);
            Assert.Equal(1, emulator.CrmApi().LoginCount);
        }
    }

    [Fact]
    public async Task CreateLeadAsync_HandlerLifetimeRotates_KeepsTheLoginAndSucceeds()
    {
        await using var emulator = await LeadsEmulator.StartAsync(cancellationToken: Ct);
        var handlers = 0;
        var services = new ServiceCollection();
        ReliabilityOperations.CrmCreate.Register(services, emulator, emulator.BaseAddress, _ => { })
            .SetHandlerLifetime(TimeSpan.FromSeconds(1))
            .AddHttpMessageHandler(() =>
            {
                Interlocked.Increment(ref handlers);
                return new PassThroughHandler();
            });
        await using var provider = services.BuildServiceProvider();

        // Keep creating through freshly resolved clients until the factory has built a new handler chain.
        var created = 0;
        while (Volatile.Read(ref handlers) < 3)
        {
            await provider.GetRequiredService<ICrmApiClient>().CreateLeadAsync(ReliabilityOperations.CrmLead(), Ct);
            created++;
            await Task.Delay(TimeSpan.FromMilliseconds(200), Ct);
        }

        Assert.Equal(created, emulator.CrmApi().Leads.Count);
        Assert.Equal(1, emulator.CrmApi().LoginCount);
    }

    private sealed class PassThroughHandler : DelegatingHandler;
}
