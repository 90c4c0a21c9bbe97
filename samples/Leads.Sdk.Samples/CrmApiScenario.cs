using Leads.Sdk.Emulator;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Leads.Sdk.Samples;

/// <summary>The CRM.COM CRM API v2 sample.</summary>
internal sealed class CrmApiScenario : IScenario
{
    public string Section => "CrmApi";

    public string Title => "CRM.COM CRM API v2";

    public void Register(IServiceCollection services, IConfigurationSection section, LeadsEmulator? emulator)
    {
    }

    public Task RunAsync(IServiceProvider services, ScenarioReport report, CancellationToken cancellationToken)
    {
        report.Step("Not implemented yet.");
        return Task.CompletedTask;
    }
}
