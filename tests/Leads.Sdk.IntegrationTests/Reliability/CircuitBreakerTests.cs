using System.Net;
using Leads.Sdk.Emulator;
using Leads.Sdk.Emulator.Faults;
using Microsoft.Extensions.DependencyInjection;

namespace Leads.Sdk.IntegrationTests.Reliability;

/// <summary>The default circuit breaker: after many failures, calls fail fast without sending anything.</summary>
public sealed class CircuitBreakerTests
{
    [Fact]
    public async Task InsertAsync_ServerFailsEveryCall_CircuitOpensAndLaterCallsAreNotSent()
    {
        var ct = TestContext.Current.CancellationToken;
        var operation = ReliabilityOperations.LeadExecInsertJson;
        await using var emulator = await LeadsEmulator.StartAsync(cancellationToken: ct);
        var services = new ServiceCollection();
        operation.Register(services, emulator, emulator.BaseAddress, FaultMatrix.Tune);
        await using var provider = services.BuildServiceProvider();
        emulator.Faults.Next(operation.PathPrefix, EmulatorFault.HtmlPage(HttpStatusCode.InternalServerError), count: 1000);

        var serverErrors = 0;
        LeadsTransportException? rejected = null;
        while (rejected is null && serverErrors < 300)
        {
            switch (await Record.ExceptionAsync(() => operation.InvokeAsync(provider, ct)))
            {
                case LeadsServerException:
                    serverErrors++;
                    break;
                case LeadsTransportException transport:
                    rejected = transport;
                    break;
                case var other:
                    Assert.Fail($"Unexpected outcome: {other}");
                    break;
            }
        }

        Assert.NotNull(rejected);
        Assert.False(rejected.RequestMayHaveReachedServer);
        Assert.Equal(serverErrors, emulator.Requests.Count(operation.Method.Method, operation.PathPrefix));
    }
}
