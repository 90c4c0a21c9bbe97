using Leads.Sdk.Emulator;
using Leads.Sdk.Emulator.Faults;
using Leads.Sdk.IntegrationTests.Construction;

namespace Leads.Sdk.IntegrationTests.Reliability;

/// <summary>
/// A server that reads the request and closes the connection without answering. SocketsHttpHandler re-sends a
/// body-less request on another connection by itself in that case (up to three times per send), which multiplied a
/// GET's requests (12 for 3 attempts); the SDK's pipeline lets one attempt put one request on the wire. Connections
/// are warm (a first call succeeded), as in production.
/// </summary>
public sealed class WireRequestBoundTests(SharedEmulatorFixture fixture) : IClassFixture<SharedEmulatorFixture>
{
    private const int MaxRetryAttempts = 2;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string, ConstructionMode> Calls()
    {
        var data = new TheoryData<string, ConstructionMode>();
        foreach (var call in new[] { ClientCall.AimbaseCreate, ClientCall.ODataGet, ClientCall.ODataList, ClientCall.ODataUpdate, ClientCall.LeadExecInsert, ClientCall.CrmCreate })
        {
            data.Add(call.Name, ConstructionMode.DependencyInjection);
            data.Add(call.Name, ConstructionMode.OptionsOnly);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Calls))]
    public async Task Call_ServerClosesEveryConnectionAfterTheRequest_GetIsSentOncePerAttemptAndPostOrPatchOnce(string name, ConstructionMode mode)
    {
        var call = ClientCall.Named(name);
        var emulator = fixture.Emulator;
        await using var clients = await WarmClientsAsync(emulator, call, mode);
        emulator.Faults.Next(call.Path, EmulatorFault.CloseAfterRequest(), count: 100);

        var exception = await Assert.ThrowsAsync<LeadsTransportException>(() => call.Invoke(clients, Ct));

        Assert.True(exception.RequestMayHaveReachedServer);
        Assert.Equal(call.Method, exception.Method);
        var expected = call.Method == "GET" ? 1 + MaxRetryAttempts : 1;
        Assert.Equal(expected, emulator.Requests.Count(call.Method, call.Path));
    }

    [Theory]
    [MemberData(nameof(Calls))]
    public async Task Call_ServerClosesTheConnectionAfterTheRequestOnce_GetSucceedsOnItsRetryAndPostOrPatchIsNotSentAgain(string name, ConstructionMode mode)
    {
        var call = ClientCall.Named(name);
        var emulator = fixture.Emulator;
        await using var clients = await WarmClientsAsync(emulator, call, mode);
        emulator.Faults.Next(call.Path, EmulatorFault.CloseAfterRequest());

        var exception = await Record.ExceptionAsync(() => call.Invoke(clients, Ct));

        if (call.Method == "GET")
        {
            Assert.Null(exception);
            Assert.Equal(2, emulator.Requests.Count(call.Method, call.Path));
        }
        else
        {
            Assert.True(Assert.IsType<LeadsTransportException>(exception).RequestMayHaveReachedServer);
            Assert.Equal(1, emulator.Requests.Count(call.Method, call.Path));
        }
    }

    private static async Task<LeadsClients> WarmClientsAsync(LeadsEmulator emulator, ClientCall call, ConstructionMode mode)
    {
        emulator.Faults.Clear();
        var clients = LeadsClients.Create(mode, emulator, o => o.Resilience.MaxRetryAttempts = MaxRetryAttempts);
        await call.Invoke(clients, Ct);
        emulator.Requests.Clear();
        return clients;
    }
}
