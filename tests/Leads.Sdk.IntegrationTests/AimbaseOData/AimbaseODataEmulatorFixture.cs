using Leads.Sdk.Aimbase.OData;
using Leads.Sdk.Emulator;
using Leads.Sdk.Emulator.AimbaseOData;
using Microsoft.Extensions.DependencyInjection;

namespace Leads.Sdk.IntegrationTests.AimbaseOData;

/// <summary>Starts an emulator and registers the client against it the way users do.</summary>
internal sealed class AimbaseODataEmulatorFixture : IAsyncDisposable
{
    private AimbaseODataEmulatorFixture(LeadsEmulator emulator, ServiceProvider provider)
    {
        Emulator = emulator;
        Provider = provider;
    }

    public LeadsEmulator Emulator { get; }

    public ServiceProvider Provider { get; }

    public IAimbaseODataClient Client => Provider.GetRequiredService<IAimbaseODataClient>();

    public static async Task<AimbaseODataEmulatorFixture> StartAsync(Action<AimbaseODataEmulatorOptions>? configure = null, string? token = null)
    {
        var options = new LeadsEmulatorOptions();
        configure?.Invoke(options.AimbaseOData);
        var emulator = await LeadsEmulator.StartAsync(options, TestContext.Current.CancellationToken);
        var services = new ServiceCollection();
        services.AddAimbaseODataClient(o =>
        {
            o.BaseAddress = emulator.BaseAddress;
            o.AllowInsecureHttp = true;
            o.Username = emulator.Options.AimbaseOData.Username;
            o.ApiToken = token ?? emulator.Options.AimbaseOData.ApiToken;
        });
        return new AimbaseODataEmulatorFixture(emulator, services.BuildServiceProvider());
    }

    public async ValueTask DisposeAsync()
    {
        await Provider.DisposeAsync();
        await Emulator.DisposeAsync();
    }
}
