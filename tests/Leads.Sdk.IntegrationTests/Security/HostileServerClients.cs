using System.Text.Json.Nodes;
using Leads.Sdk.Aimbase;
using Leads.Sdk.Aimbase.OData;
using Leads.Sdk.CrmApi;
using Leads.Sdk.Emulator;
using Leads.Sdk.Emulator.Faults;
using Leads.Sdk.IntegrationTests.Reliability;
using Leads.Sdk.LeadExec;
using Leads.Sdk.LeadExec.Models;
using Microsoft.Extensions.DependencyInjection;

namespace Leads.Sdk.IntegrationTests.Security;

/// <summary>
/// One client of each API, registered with DI against the emulator with the given credentials (the emulator accepts
/// them), with a <see cref="LeakCapture"/> attached; <see cref="FailAsync"/> runs one call against a hostile fault and
/// checks that nothing the SDK produced carries a secret.
/// </summary>
public sealed class HostileServerClients : IAsyncDisposable
{
    private readonly LeadsEmulator _emulator;
    private readonly ServiceProvider _provider;
    private readonly Func<IServiceProvider, CancellationToken, Task> _call;
    private readonly string[] _secrets;

    private HostileServerClients(LeadsEmulator emulator, ServiceProvider provider, LeakCapture capture, Func<IServiceProvider, CancellationToken, Task> call, string[] secrets)
    {
        _emulator = emulator;
        _provider = provider;
        Capture = capture;
        _call = call;
        _secrets = secrets;
    }

    public LeakCapture Capture { get; }

    public static HostileServerClients Aimbase(LeadsEmulator emulator, string user, string token, AimbaseWireFormat format)
    {
        emulator.Options.Aimbase.Username = user;
        emulator.Options.Aimbase.ApiToken = token;
        return Build(
            emulator,
            [token, user + ":" + token],
            (services, address) => ReliabilityOperations.RegisterAimbase(services, emulator, address, o =>
            {
                o.Username = user;
                o.ApiToken = token;
                o.Format = format;
                o.Resilience.RetryDelay = TimeSpan.FromMilliseconds(1);
            }),
            async (provider, ct) => await provider.GetRequiredService<IAimbaseClient>().CreateLeadsAsync([ReliabilityOperations.AimbaseLead()], cancellationToken: ct));
    }

    public static HostileServerClients ODataGet(LeadsEmulator emulator, string user, string token)
        => OData(emulator, user, token, async (client, ct) => await client.GetLeadAsync(3, cancellationToken: ct));

    public static HostileServerClients ODataList(LeadsEmulator emulator, string user, string token)
        => OData(emulator, user, token, async (client, ct) =>
        {
            await foreach (var page in client.ListLeadsAsync(cancellationToken: ct).AsPages())
            {
                Assert.NotNull(page);
            }
        });

    public static HostileServerClients LeadExec(LeadsEmulator emulator, string password, string accessToken, LeadExecEncoding encoding, LeadExecResponseFormat format)
    {
        emulator.Options.LeadExec.Password = password;
        emulator.Options.LeadExec.AccessToken = accessToken;
        return Build(
            emulator,
            [password, accessToken],
            (services, address) => ReliabilityOperations.RegisterLeadExec(services, emulator, address, o =>
            {
                o.Password = password;
                o.AccessToken = accessToken;
                o.DefaultEncoding = encoding;
                o.ResponseFormat = format;
                o.Resilience.RetryDelay = TimeSpan.FromMilliseconds(1);
            }),
            async (provider, ct) => await provider.GetRequiredService<ILeadExecClient>().CreateLeadAsync(
                new LeadExecCreateLeadRequest { Lead = ReliabilityOperations.LeadExecLead($"{Guid.NewGuid():N}@example.com") }, ct));
    }

    public static HostileServerClients Crm(LeadsEmulator emulator, string user, string password)
    {
        emulator.Options.CrmApi.Username = user;
        emulator.Options.CrmApi.Password = password;
        return Build(
            emulator,
            [password],
            (services, address) => services.AddCrmApiClient(o =>
            {
                o.BaseAddress = address;
                o.AllowInsecureHttp = true;
                o.Resilience.RetryDelay = TimeSpan.FromMilliseconds(1);
                o.Username = user;
                o.Password = password;
                o.Organisation = emulator.Options.CrmApi.Organisation;
            }),
            async (provider, ct) => await provider.GetRequiredService<ICrmApiClient>().CreateLeadAsync(ReliabilityOperations.CrmLead(), ct));
    }

    /// <summary>Runs the call once without a fault (a CRM.COM client logs in; every client warms up).</summary>
    public Task SucceedAsync() => _call(_provider, TestContext.Current.CancellationToken);

    /// <summary>
    /// Sends the call into <paramref name="fault"/> (queued for every retry, then cleared), asserts the exception's
    /// type and that no log, activity, exception text or excerpt carries a secret, and returns the exception.
    /// </summary>
    public async Task<LeadsException> FailAsync(string path, EmulatorFault fault, Type expected)
    {
        _emulator.Faults.Next(path, fault, count: 8);
        try
        {
            var exception = await Assert.ThrowsAnyAsync<LeadsException>(() => _call(_provider, TestContext.Current.CancellationToken));
            Assert.IsType(expected, exception);
            Capture.Add(exception);
            Capture.AssertNoLeak(_provider, [.. _secrets, .. IssuedCrmTokens()]);
            return exception;
        }
        finally
        {
            _emulator.Faults.Clear();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _provider.DisposeAsync();
        Capture.Dispose();
    }

    private static HostileServerClients OData(LeadsEmulator emulator, string user, string token, Func<IAimbaseODataClient, CancellationToken, Task> call)
    {
        emulator.Options.AimbaseOData.Username = user;
        emulator.Options.AimbaseOData.ApiToken = token;
        return Build(
            emulator,
            [token, user + ":" + token],
            (services, address) => services.AddAimbaseODataClient(o =>
            {
                o.BaseAddress = address;
                o.AllowInsecureHttp = true;
                o.Resilience.RetryDelay = TimeSpan.FromMilliseconds(1);
                o.Username = user;
                o.ApiToken = token;
            }),
            (provider, ct) => call(provider.GetRequiredService<IAimbaseODataClient>(), ct));
    }

    private static HostileServerClients Build(
        LeadsEmulator emulator, string[] secrets, Func<IServiceCollection, Uri, IHttpClientBuilder> register, Func<IServiceProvider, CancellationToken, Task> call)
    {
        var capture = new LeakCapture();
        var services = new ServiceCollection();
        capture.Attach(services, register(services, emulator.BaseAddress));
        return new HostileServerClients(emulator, services.BuildServiceProvider(), capture, call, secrets);
    }

    // CRM.COM's session token travels in the create body (not a header, so LeakCapture does not see it): read it there.
    private IEnumerable<string> IssuedCrmTokens()
        => _emulator.Requests.All
            .Where(r => r.Path.EndsWith("/leads/create", StringComparison.Ordinal))
            .Select(r => JsonNode.Parse(r.Body)?["token"]?.GetValue<string>())
            .OfType<string>()
            .Distinct();
}
