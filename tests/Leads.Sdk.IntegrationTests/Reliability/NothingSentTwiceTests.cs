using System.Net;
using System.Net.Sockets;
using System.Runtime.CompilerServices;
using Leads.Sdk.Aimbase;
using Leads.Sdk.Aimbase.Models;
using Leads.Sdk.CrmApi;
using Leads.Sdk.Emulator;
using Leads.Sdk.Emulator.CrmApi;
using Leads.Sdk.Emulator.Faults;
using Microsoft.Extensions.DependencyInjection;

namespace Leads.Sdk.IntegrationTests.Reliability;

/// <summary>Counting at the emulator: what never arrived is retried and arrives once; what may have arrived is never sent again.</summary>
public sealed class NothingSentTwiceTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string> Operations()
    {
        var data = new TheoryData<string>();
        foreach (var operation in ReliabilityOperations.All)
        {
            data.Add(operation.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task Call_FirstConnectionRefused_IsRetriedAndArrivesExactlyOnce(string name)
    {
        var operation = FaultMatrixData.Operation(name);
        await using var emulator = await LeadsEmulator.StartAsync(cancellationToken: Ct);
        var connects = new StrongBox<int>();
        await using var provider = ProviderRefusing(emulator, operation, connects, refusedConnections: 1);

        await operation.InvokeAsync(provider, Ct);

        Assert.Equal(2, connects.Value);
        Assert.Equal(1, emulator.Requests.Count(operation.Method.Method, operation.PathPrefix));
    }

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task Call_EveryConnectionRefused_TriesMaxRetryAttemptsMoreTimesThenSaysNotSent(string name)
    {
        var operation = FaultMatrixData.Operation(name);
        await using var emulator = await LeadsEmulator.StartAsync(cancellationToken: Ct);
        var connects = new StrongBox<int>();
        await using var provider = ProviderRefusing(emulator, operation, connects, refusedConnections: int.MaxValue);

        var exception = await Assert.ThrowsAsync<LeadsTransportException>(() => operation.InvokeAsync(provider, Ct));

        Assert.False(exception.RequestMayHaveReachedServer);
        Assert.False(exception.IsTimeout);
        Assert.Equal(1 + FaultMatrix.MaxRetryAttempts, connects.Value);
        Assert.Empty(emulator.Requests.All);
    }

    /// <summary>The first <paramref name="refusedConnections"/> connections go to a port nothing listens on: a real "connection refused".</summary>
    private static ServiceProvider ProviderRefusing(LeadsEmulator emulator, ReliabilityOperation operation, StrongBox<int> connects, int refusedConnections)
    {
        var deadPort = FaultMatrix.DeadAddress().Port;
        var services = new ServiceCollection();
        operation.Register(services, emulator, emulator.BaseAddress, FaultMatrix.Tune)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                ConnectCallback = async (context, cancellationToken) =>
                {
                    var port = Interlocked.Increment(ref connects.Value) <= refusedConnections ? deadPort : context.DnsEndPoint.Port;
                    var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                    try
                    {
                        await socket.ConnectAsync(new IPEndPoint(IPAddress.Loopback, port), cancellationToken);
                        return new NetworkStream(socket, ownsSocket: true);
                    }
                    catch
                    {
                        socket.Dispose();
                        throw;
                    }
                },
            });
        return services.BuildServiceProvider();
    }

    [Fact]
    public async Task CreateLeadAsync_TooManyRequestsThenSuccess_CrmStoresTheLeadExactlyOnce()
    {
        await using var emulator = await LeadsEmulator.StartAsync(cancellationToken: Ct);
        await using var provider = Provider(emulator, ReliabilityOperations.CrmCreate);
        emulator.Faults.Next(ReliabilityOperations.CrmCreate.PathPrefix, EmulatorFault.TooManyRequests(0), count: 2);

        await provider.GetRequiredService<ICrmApiClient>().CreateLeadAsync(ReliabilityOperations.CrmLead(), Ct);

        Assert.Equal(3, emulator.Requests.Count("POST", ReliabilityOperations.CrmCreate.PathPrefix));
        Assert.Single(emulator.CrmApi().Leads);
    }

    [Fact]
    public async Task CreateLeadAsync_ResetAfterTheServerStoredTheLead_IsNotSentAgainAndSaysItMayHaveArrived()
    {
        await using var emulator = await LeadsEmulator.StartAsync(cancellationToken: Ct);
        await using var provider = Provider(emulator, ReliabilityOperations.CrmCreate);
        emulator.Faults.Next(ReliabilityOperations.CrmCreate.PathPrefix, EmulatorFault.DropAfterProcessing());

        var exception = await Assert.ThrowsAsync<LeadsTransportException>(
            () => provider.GetRequiredService<ICrmApiClient>().CreateLeadAsync(ReliabilityOperations.CrmLead(), Ct));

        Assert.True(exception.RequestMayHaveReachedServer);
        Assert.Equal(1, emulator.Requests.Count("POST", ReliabilityOperations.CrmCreate.PathPrefix));
        Assert.Single(emulator.CrmApi().Leads);
    }

    [Theory]
    [InlineData(AimbaseWireFormat.Json)]
    [InlineData(AimbaseWireFormat.Xml)]
    public async Task CreateLeadsAsync_PartialFailureBatchAfterARetry_ReportsEveryLeadsOutcomeInOrder(AimbaseWireFormat format)
    {
        await using var emulator = await LeadsEmulator.StartAsync(cancellationToken: Ct);
        var services = new ServiceCollection();
        ReliabilityOperations.RegisterAimbase(services, emulator, emulator.BaseAddress, o =>
        {
            FaultMatrix.Tune(o);
            o.Format = format;
            o.InvalidLeadHandling = AimbaseInvalidLeadHandling.SendValidLeads;
        });
        await using var provider = services.BuildServiceProvider();
        emulator.Faults.Next("/marketing/api/lead", EmulatorFault.TooManyRequests(0));

        // Every fifth lead fails our validation (never sent); every fifth from the third is rejected by the server.
        var leads = Enumerable.Range(0, 20).Select(i => (i % 5) switch
        {
            1 => ReliabilityOperations.AimbaseLead(lastName: string.Empty),
            3 => new AimbaseLeadBuilder
            {
                LeadSourceName = "Billboard",
                LeadTypeName = "Request Brochure",
                LeadCategoryName = "Referral Traffic",
                LastName = $"Stone{i}",
                CountryCode = "US",
            }.WithBrands("FLXR").WithCommunicationOptIn(AimbaseCommunicationOptIn.NotOptedIn).Build(),
            _ => ReliabilityOperations.AimbaseLead($"Hall{i}"),
        }).ToList();

        var result = await provider.GetRequiredService<IAimbaseClient>().CreateLeadsAsync(leads, cancellationToken: Ct);

        Assert.Equal(leads, result.Leads.Select(r => r.Lead));
        for (var i = 0; i < leads.Count; i++)
        {
            var outcome = result.Leads[i];
            Assert.Equal(i % 5 is 1 or 3 ? AimbaseLeadStatus.Failure : AimbaseLeadStatus.Success, outcome.Status);
            Assert.Equal(i % 5 == 1, outcome.IsClientSideFailure);
            Assert.Equal(i % 5 != 1 && i % 5 != 3, outcome.Id is not null);
        }

        Assert.Equal(2, emulator.Requests.Count("POST", "/marketing/api/lead"));
    }

    private static ServiceProvider Provider(LeadsEmulator emulator, ReliabilityOperation operation)
    {
        var services = new ServiceCollection();
        operation.Register(services, emulator, emulator.BaseAddress, FaultMatrix.Tune);
        return services.BuildServiceProvider();
    }
}
