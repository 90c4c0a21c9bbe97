using Leads.Sdk.Emulator;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Leads.Sdk.Samples;

/// <summary>One API's sample: how to register its client, and what to do with it.</summary>
internal interface IScenario
{
    /// <summary>The configuration section below <c>Leads</c>, for example <c>Aimbase</c>.</summary>
    string Section { get; }

    /// <summary>The heading printed before the scenario runs.</summary>
    string Title { get; }

    /// <summary>Registers the client: from <paramref name="section"/> when it is configured, else against <paramref name="emulator"/>.</summary>
    void Register(IServiceCollection services, IConfigurationSection section, LeadsEmulator? emulator);

    /// <summary>Runs the scenario, printing what was sent and what came back; throws on failure.</summary>
    Task RunAsync(IServiceProvider services, ScenarioReport report, CancellationToken cancellationToken);
}
