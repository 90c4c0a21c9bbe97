using Leads.Sdk.Emulator;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Leads.Sdk.Samples;

/// <summary>The LeadExec Lead Receiver sample.</summary>
internal sealed class LeadExecScenario : IScenario
{
    public string Section => "LeadExec";

    public string Title => "LeadExec Lead Receiver";

    public void Register(IServiceCollection services, IConfigurationSection section, LeadsEmulator? emulator)
    {
    }

    public Task RunAsync(IServiceProvider services, ScenarioReport report, CancellationToken cancellationToken)
    {
        report.Step("Not implemented yet.");
        return Task.CompletedTask;
    }
}
