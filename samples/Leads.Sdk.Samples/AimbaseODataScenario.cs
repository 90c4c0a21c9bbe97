using Leads.Sdk.Emulator;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Leads.Sdk.Samples;

/// <summary>The Aimbase Lead OData V2 sample.</summary>
internal sealed class AimbaseODataScenario : IScenario
{
    public string Section => "AimbaseOData";

    public string Title => "Aimbase Lead OData V2";

    public void Register(IServiceCollection services, IConfigurationSection section, LeadsEmulator? emulator)
    {
    }

    public Task RunAsync(IServiceProvider services, ScenarioReport report, CancellationToken cancellationToken)
    {
        report.Step("Not implemented yet.");
        return Task.CompletedTask;
    }
}
