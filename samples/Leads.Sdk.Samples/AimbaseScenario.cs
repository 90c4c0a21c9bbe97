using Leads.Sdk.Emulator;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Leads.Sdk.Samples;

/// <summary>The Aimbase Lead API sample.</summary>
internal sealed class AimbaseScenario : IScenario
{
    public string Section => "Aimbase";

    public string Title => "Aimbase Lead API";

    public void Register(IServiceCollection services, IConfigurationSection section, LeadsEmulator? emulator)
    {
    }

    public Task RunAsync(IServiceProvider services, ScenarioReport report, CancellationToken cancellationToken)
    {
        report.Step("Not implemented yet.");
        return Task.CompletedTask;
    }
}
