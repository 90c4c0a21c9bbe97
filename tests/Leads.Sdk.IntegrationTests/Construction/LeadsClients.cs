using Leads.Sdk.Aimbase;
using Leads.Sdk.Aimbase.OData;
using Leads.Sdk.CrmApi;
using Leads.Sdk.Emulator;
using Leads.Sdk.LeadExec;
using Microsoft.Extensions.DependencyInjection;

namespace Leads.Sdk.IntegrationTests.Construction;

/// <summary>
/// The four clients pointed at one emulator, built one way or the other with the same options: the construction
/// mode is the only difference between two runs of a test.
/// </summary>
public sealed class LeadsClients : IAsyncDisposable
{
    private readonly ServiceProvider? _provider;

    private LeadsClients(ServiceProvider? provider, IAimbaseClient aimbase, IAimbaseODataClient odata, ILeadExecClient leadExec, ICrmApiClient crm)
    {
        _provider = provider;
        Aimbase = aimbase;
        OData = odata;
        LeadExec = leadExec;
        Crm = crm;
    }

    public IAimbaseClient Aimbase { get; }

    public IAimbaseODataClient OData { get; }

    public ILeadExecClient LeadExec { get; }

    public ICrmApiClient Crm { get; }

    /// <summary>Builds the clients; <paramref name="tune"/> runs on every client's options (after the emulator's settings).</summary>
    public static LeadsClients Create(ConstructionMode mode, LeadsEmulator emulator, Action<LeadsClientOptions>? tune = null)
    {
        tune ??= _ => { };
        if (mode == ConstructionMode.OptionsOnly)
        {
            return new LeadsClients(
                null,
                new AimbaseClient(Configure(new AimbaseClientOptions(), emulator, tune)),
                new AimbaseODataClient(Configure(new AimbaseODataClientOptions(), emulator, tune)),
                new LeadExecClient(Configure(new LeadExecClientOptions(), emulator, tune)),
                new CrmApiClient(Configure(new CrmApiClientOptions(), emulator, tune)));
        }

        var services = new ServiceCollection();
        services.AddAimbaseClient(o => Configure(o, emulator, tune));
        services.AddAimbaseODataClient(o => Configure(o, emulator, tune));
        services.AddLeadExecClient(o => Configure(o, emulator, tune));
        services.AddCrmApiClient(o => Configure(o, emulator, tune));
        var provider = services.BuildServiceProvider();
        return new LeadsClients(
            provider,
            provider.GetRequiredService<IAimbaseClient>(),
            provider.GetRequiredService<IAimbaseODataClient>(),
            provider.GetRequiredService<ILeadExecClient>(),
            provider.GetRequiredService<ICrmApiClient>());
    }

    public static AimbaseClientOptions Configure(AimbaseClientOptions o, LeadsEmulator emulator, Action<LeadsClientOptions> tune)
    {
        Common(o, emulator);
        o.Username = emulator.Options.Aimbase.Username;
        o.ApiToken = emulator.Options.Aimbase.ApiToken;
        o.DefaultManufacturerCode = emulator.Options.Aimbase.ManufacturerCode;
        tune(o);
        return o;
    }

    public static AimbaseODataClientOptions Configure(AimbaseODataClientOptions o, LeadsEmulator emulator, Action<LeadsClientOptions> tune)
    {
        Common(o, emulator);
        o.Username = emulator.Options.AimbaseOData.Username;
        o.ApiToken = emulator.Options.AimbaseOData.ApiToken;
        tune(o);
        return o;
    }

    public static LeadExecClientOptions Configure(LeadExecClientOptions o, LeadsEmulator emulator, Action<LeadsClientOptions> tune)
    {
        Common(o, emulator);
        o.VendorId = emulator.Options.LeadExec.VendorId;
        o.LeadTypeId = emulator.Options.LeadExec.LeadTypeId;
        o.AffiliateId = emulator.Options.LeadExec.AffiliateId;
        o.Password = emulator.Options.LeadExec.Password;
        tune(o);
        return o;
    }

    public static CrmApiClientOptions Configure(CrmApiClientOptions o, LeadsEmulator emulator, Action<LeadsClientOptions> tune)
    {
        Common(o, emulator);
        o.Username = emulator.Options.CrmApi.Username;
        o.Password = emulator.Options.CrmApi.Password;
        o.Organisation = emulator.Options.CrmApi.Organisation;
        tune(o);
        return o;
    }

    public ValueTask DisposeAsync() => _provider?.DisposeAsync() ?? ValueTask.CompletedTask;

    private static void Common(LeadsClientOptions o, LeadsEmulator emulator)
    {
        o.BaseAddress = emulator.BaseAddress;
        o.AllowInsecureHttp = true;

        // Small delays so retries are quick; generous timeouts so a busy machine cannot turn a fault into a timeout.
        o.Resilience.RetryDelay = TimeSpan.FromMilliseconds(10);
        o.Resilience.AttemptTimeout = TimeSpan.FromSeconds(15);
        o.Resilience.TotalTimeout = TimeSpan.FromSeconds(60);
    }
}
