using System.Net;
using Leads.Sdk.Emulator;
using Leads.Sdk.Emulator.Redirects;
using Leads.Sdk.IntegrationTests.Construction;
using Leads.Sdk.IntegrationTests.Reliability;
using Leads.Sdk.LeadExec;
using Leads.Sdk.LeadExec.Models;

namespace Leads.Sdk.IntegrationTests.Security;

/// <summary>
/// No redirect is followed, by any client, however it was built: the redirect becomes <see cref="LeadsRedirectException"/>
/// with the status and Location, the request reached the API exactly once, and nothing (no credential, no lead) reached
/// the redirect's target. The table in docs/reliability.md ("Redirects") is these rows.
/// </summary>
public sealed class RedirectTests(RedirectTests.Origins origins) : IClassFixture<RedirectTests.Origins>
{
    public enum Target
    {
        /// <summary>Another emulator, on another port: another origin that serves the same APIs (and would accept the credentials).</summary>
        OtherPort,

        /// <summary>The same server as <c>localhost</c> instead of <c>127.0.0.1</c>: another origin.</summary>
        Localhost,

        /// <summary>Another path on the same origin.</summary>
        SameOriginOtherPath,

        /// <summary>The same URL again, every time: a loop.</summary>
        Loop,
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string, HttpStatusCode, Target, ConstructionMode> Rows()
    {
        var data = new TheoryData<string, HttpStatusCode, Target, ConstructionMode>();
        foreach (var call in ClientCall.All)
        {
            foreach (var status in new[] { HttpStatusCode.Found, HttpStatusCode.SeeOther, HttpStatusCode.TemporaryRedirect, HttpStatusCode.PermanentRedirect })
            {
                foreach (var target in Enum.GetValues<Target>())
                {
                    data.Add(call.Name, status, target, ConstructionMode.DependencyInjection);
                    data.Add(call.Name, status, target, ConstructionMode.OptionsOnly);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public async Task Call_ServerRedirects_ThrowsRedirectExceptionAndNothingReachesTheTarget(string name, HttpStatusCode status, Target target, ConstructionMode mode)
    {
        var call = ClientCall.Named(name);
        var api = origins.Api;
        origins.Reset();
        var location = Arrange(call, status, target);
        await using var clients = LeadsClients.Create(mode, api);

        var exception = await Assert.ThrowsAsync<LeadsRedirectException>(() => call.Invoke(clients, Ct));

        Assert.Equal(status, exception.StatusCode);
        Assert.Equal(location, exception.Location);
        Assert.Equal(call.Method, exception.Method);
        Assert.Equal(1, api.Requests.Count(call.Method, call.Path));
        Assert.Empty(origins.Other.Requests.All);
        Assert.Equal(0, api.Requests.CountAt(api.LocalhostAddress()));
        Assert.Equal(0, api.Requests.All.Count(r => r.Path.StartsWith("/moved", StringComparison.Ordinal)));
    }

    public static TheoryData<HttpStatusCode, Target, ConstructionMode> AutoRedirectRows()
    {
        var data = new TheoryData<HttpStatusCode, Target, ConstructionMode>();
        foreach (var status in new[] { HttpStatusCode.Found, HttpStatusCode.SeeOther, HttpStatusCode.TemporaryRedirect, HttpStatusCode.PermanentRedirect })
        {
            foreach (var target in new[] { Target.OtherPort, Target.Localhost })
            {
                data.Add(status, target, ConstructionMode.DependencyInjection);
                data.Add(status, target, ConstructionMode.OptionsOnly);
            }
        }

        return data;
    }

    /// <summary>LeadExec autoredirect: the documented 3xx means "accepted, send the consumer there"; returned, never followed.</summary>
    [Theory]
    [MemberData(nameof(AutoRedirectRows))]
    public async Task InsertAsync_AutoRedirectAnsweredWithRedirect_ReturnsTheBuyersUrlWithoutFollowingIt(HttpStatusCode status, Target target, ConstructionMode mode)
    {
        var api = origins.Api;
        origins.Reset();
        const string path = "/processor/insert/autoredirect/json";
        var buyer = new Uri((target == Target.OtherPort ? origins.Other.BaseAddress : api.LocalhostAddress()), "/buyer/landing?lead=42");
        api.Faults.Next(path, EmulatorRedirects.To(status, buyer));
        await using var clients = LeadsClients.Create(mode, api);

        var result = await clients.LeadExec.CreateLeadAsync(
            new LeadExecCreateLeadRequest { Lead = ReliabilityOperations.LeadExecLead("buyer@example.com"), PostType = LeadExecPostType.AutoRedirect }, Ct);

        Assert.True(result.IsValidPost);
        Assert.Equal(buyer.AbsoluteUri, result.RedirectUrl);
        Assert.Equal(1, api.Requests.Count("POST", path));
        Assert.Empty(origins.Other.Requests.All);
        Assert.Equal(0, api.Requests.CountAt(api.LocalhostAddress()));
    }

    /// <summary>
    /// The worst case with a caller's <see cref="HttpClient"/> that follows redirects: a 302 turned the insert
    /// into a GET to another origin, whose answer was returned as an accepted lead. Now it is refused.
    /// </summary>
    [Fact]
    public async Task InsertAsync_CallersHttpClientFollowedA302ToAnotherOrigin_IsNotTakenForSuccess()
    {
        var api = origins.Api;
        origins.Reset();
        api.Redirect("/processor/insert/", HttpStatusCode.Found, origins.Other.BaseAddress);
        using var http = new HttpClient();
        var client = new LeadExecClient(http, LeadsClients.Configure(new LeadExecClientOptions(), api, _ => { }));

        var exception = await Assert.ThrowsAsync<LeadsRedirectException>(
            () => client.CreateLeadAsync(new LeadExecCreateLeadRequest { Lead = ReliabilityOperations.LeadExecLead("follow@example.com") }, Ct));

        Assert.Equal("POST", exception.Method);
        Assert.Equal(origins.Other.BaseAddress.Authority, exception.Location?.Authority);
        Assert.Equal(1, api.Requests.Count("POST", "/processor/insert/"));
    }

    private Uri Arrange(ClientCall call, HttpStatusCode status, Target target)
    {
        var api = origins.Api;
        switch (target)
        {
            case Target.OtherPort:
                api.Redirect(call.Path, status, origins.Other.BaseAddress);
                return new Uri(origins.Other.BaseAddress, call.Path);
            case Target.Localhost:
                api.Redirect(call.Path, status, api.LocalhostAddress());
                return new Uri(api.LocalhostAddress(), call.Path);
            case Target.SameOriginOtherPath:
                var moved = new Uri(api.BaseAddress, "/moved" + call.Path);
                api.Faults.Next(call.Path, EmulatorRedirects.To(status, moved));
                return moved;
            default:
                api.Redirect(call.Path, status, api.BaseAddress, count: 100);
                return new Uri(api.BaseAddress, call.Path);
        }
    }

    /// <summary>The API's emulator and a second one on another port (another origin), shared by the rows.</summary>
    public sealed class Origins : IAsyncLifetime
    {
        public LeadsEmulator Api { get; private set; } = null!;

        public LeadsEmulator Other { get; private set; } = null!;

        public async ValueTask InitializeAsync()
        {
            Api = await LeadsEmulator.StartAsync(cancellationToken: TestContext.Current.CancellationToken);
            Other = await LeadsEmulator.StartAsync(cancellationToken: TestContext.Current.CancellationToken);
        }

        public void Reset()
        {
            Api.Faults.Clear();
            Api.Requests.Clear();
            Other.Faults.Clear();
            Other.Requests.Clear();
        }

        public async ValueTask DisposeAsync()
        {
            await Api.DisposeAsync();
            await Other.DisposeAsync();
        }
    }
}
