using Leads.Sdk.Emulator;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Leads.Sdk.Samples;

/// <summary>
/// Runs each API's scenario. With no configuration, every API runs against the in-process emulator; when configuration
/// (appsettings.json, environment variables like <c>Leads__Aimbase__BaseAddress</c>, user secrets, command line) gives an
/// API a base address, that API's scenario runs against that server instead. A scenario fails only when a server breaks
/// what the API's doc guarantees, so the run succeeds against the emulator and against any server that follows the docs.
/// </summary>
public static class SampleRunner
{
    /// <summary>Runs every scenario and returns the process exit code: 0 when all succeeded, 1 otherwise.</summary>
    /// <param name="args">Command-line arguments (configuration overrides).</param>
    /// <param name="output">Where the account of each scenario is written.</param>
    /// <param name="settings">Extra configuration on top of the usual sources (used by tests).</param>
    /// <param name="cancellationToken">Stops the run.</param>
    public static async Task<int> RunAsync(
        string[] args,
        TextWriter output,
        IEnumerable<KeyValuePair<string, string?>>? settings = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        var builder = Host.CreateApplicationBuilder(args);
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        var leads = builder.Configuration.GetSection("Leads");

        using var delivery = new DeliveryScenario();
        IScenario[] scenarios = [new AimbaseScenario(), new AimbaseODataScenario(), new LeadExecScenario(), new CrmApiScenario(), delivery];
        var needsEmulator = scenarios.Any(s => !IsConfigured(leads.GetSection(s.Section)));
        await using var emulator = needsEmulator ? await LeadsEmulator.StartAsync(cancellationToken: cancellationToken).ConfigureAwait(false) : null;
        if (emulator is not null)
        {
            await output.WriteLineAsync($"Emulator started at {emulator.BaseAddress} for the APIs without configuration.").ConfigureAwait(false);
        }

        foreach (var scenario in scenarios)
        {
            var section = leads.GetSection(scenario.Section);
            scenario.Register(builder.Services, section, IsConfigured(section) ? null : emulator);
        }

        using var host = builder.Build();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        stop.CancelAfter(TimeSpan.FromMinutes(5));
        var failed = 0;

        // Started for the delivery outbox's hosted worker; the other scenarios call their clients directly.
        await host.StartAsync(stop.Token).ConfigureAwait(false);
        foreach (var scenario in scenarios)
        {
            var target = IsConfigured(leads.GetSection(scenario.Section)) ? "configured server" : "emulator";
            await output.WriteLineAsync().ConfigureAwait(false);
            await output.WriteLineAsync($"=== {scenario.Title} ({target}) ===").ConfigureAwait(false);
            try
            {
                await scenario.RunAsync(host.Services, new ScenarioReport(output), stop.Token).ConfigureAwait(false);
                await output.WriteLineAsync($"--- {scenario.Title}: OK").ConfigureAwait(false);
            }
            catch (Exception exception)
            {
                failed++;
                await output.WriteLineAsync($"--- {scenario.Title}: FAILED: {exception.GetType().Name}: {exception.Message}").ConfigureAwait(false);
            }
        }

        await host.StopAsync(CancellationToken.None).ConfigureAwait(false);
        await output.WriteLineAsync().ConfigureAwait(false);
        await output.WriteLineAsync(failed == 0 ? "All scenarios succeeded." : $"{failed} scenario(s) failed.").ConfigureAwait(false);
        return failed == 0 ? 0 : 1;
    }

    private static bool IsConfigured(IConfigurationSection section) => !string.IsNullOrWhiteSpace(section["BaseAddress"]);
}
