using System.Net;
using Leads.Sdk.Aimbase.OData;
using Leads.Sdk.Emulator.Faults;
using Leads.Sdk.IntegrationTests.Construction;

namespace Leads.Sdk.IntegrationTests.Reliability;

/// <summary>
/// A client built from its options alone (<c>new XxxClient(options)</c>) gets the DI pipeline: the same faults end the
/// same way, with the same request counts, in both construction modes.
/// </summary>
public sealed class ConstructionModeTests(SharedEmulatorFixture fixture) : IClassFixture<SharedEmulatorFixture>
{
    private const int MaxResponseBytes = 64 * 1024;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string, ConstructionMode> Rows(params ClientCall[] calls)
    {
        var data = new TheoryData<string, ConstructionMode>();
        foreach (var call in calls)
        {
            data.Add(call.Name, ConstructionMode.DependencyInjection);
            data.Add(call.Name, ConstructionMode.OptionsOnly);
        }

        return data;
    }

    public static TheoryData<string, ConstructionMode> Gets() => Rows(ClientCall.ODataGet, ClientCall.ODataList);

    public static TheoryData<string, ConstructionMode> Sends() => Rows(ClientCall.AimbaseCreate, ClientCall.ODataUpdate, ClientCall.LeadExecInsert, ClientCall.CrmCreate);

    public static TheoryData<string, ConstructionMode> Reads() => Rows(ClientCall.AimbaseCreate, ClientCall.ODataGet, ClientCall.ODataList, ClientCall.LeadExecInsert, ClientCall.CrmCreate);

    [Theory]
    [MemberData(nameof(Gets))]
    public async Task Get_ServerErrorOnce_IsRetriedAndSucceeds(string name, ConstructionMode mode)
    {
        var call = ClientCall.Named(name);
        await using var clients = Clients(mode);
        fixture.Emulator.Faults.Next(call.Path, EmulatorFault.HtmlPage(HttpStatusCode.InternalServerError));

        await call.Invoke(clients, Ct);

        Assert.Equal(2, fixture.Emulator.Requests.Count(call.Method, call.Path));
    }

    [Theory]
    [MemberData(nameof(Sends))]
    public async Task PostOrPatch_ConnectionResetAfterTheServerProcessedIt_IsNotSentAgain(string name, ConstructionMode mode)
    {
        var call = ClientCall.Named(name);
        await using var clients = Clients(mode);
        fixture.Emulator.Faults.Next(call.Path, EmulatorFault.DropAfterProcessing());

        var exception = await Assert.ThrowsAsync<LeadsTransportException>(() => call.Invoke(clients, Ct));

        Assert.True(exception.RequestMayHaveReachedServer);
        Assert.Equal(1, fixture.Emulator.Requests.Count(call.Method, call.Path));
    }

    [Theory]
    [MemberData(nameof(Sends))]
    public async Task PostOrPatch_TooManyRequestsWithRetryAfterOnce_IsRetriedAndSucceeds(string name, ConstructionMode mode)
    {
        var call = ClientCall.Named(name);
        await using var clients = Clients(mode);
        fixture.Emulator.Faults.Next(call.Path, EmulatorFault.TooManyRequests(0));

        await call.Invoke(clients, Ct);

        Assert.Equal(2, fixture.Emulator.Requests.Count(call.Method, call.Path));
    }

    [Theory]
    [MemberData(nameof(Reads))]
    public async Task Call_BodyLargerThanMaxResponseBytes_ThrowsUnreadableAndIsNotRetried(string name, ConstructionMode mode)
    {
        var call = ClientCall.Named(name);
        await using var clients = Clients(mode);
        fixture.Emulator.Faults.Next(call.Path, EmulatorFault.Oversized(MaxResponseBytes * 2));

        var exception = await Assert.ThrowsAsync<LeadsUnreadableResponseException>(() => call.Invoke(clients, Ct));

        Assert.Contains("larger than the configured maximum of 65536 bytes", exception.Message, StringComparison.Ordinal);
        Assert.Equal(1, fixture.Emulator.Requests.Count(call.Method, call.Path));
    }

    /// <summary>The OData client over a plain <see cref="HttpClient"/> sent no Authenticate header (the server answered 401).</summary>
    [Fact]
    public async Task GetLeadAsync_ClientOverAPlainHttpClient_SendsTheCredentials()
    {
        var emulator = fixture.Emulator;
        emulator.Faults.Clear();
        emulator.Requests.Clear();
        using var http = new HttpClient();
        var client = new AimbaseODataClient(http, LeadsClients.Configure(new AimbaseODataClientOptions(), emulator, _ => { }));

        var lead = await client.GetLeadAsync(7, cancellationToken: Ct);

        Assert.Equal(7, lead.Id);
        var request = Assert.Single(emulator.Requests.All);
        Assert.Equal("Avala-Api odata-user:odata-test-token", request.Headers["Authenticate"]);
    }

    private LeadsClients Clients(ConstructionMode mode)
    {
        fixture.Emulator.Faults.Clear();
        fixture.Emulator.Requests.Clear();
        return LeadsClients.Create(mode, fixture.Emulator, o =>
        {
            o.Resilience.MaxRetryAttempts = 2;
            o.MaxResponseBytes = MaxResponseBytes;
        });
    }
}
