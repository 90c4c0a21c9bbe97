// Runs each API's scenario. With no configuration, every API runs against the in-process emulator; when
// configuration (appsettings.json, environment variables like Leads__Aimbase__BaseAddress, user secrets) gives an
// API a base address, that API's scenario runs against that server instead.
using Leads.Sdk.Emulator;
using Leads.Sdk.Samples;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

var builder = Host.CreateApplicationBuilder(args);
builder.Logging.SetMinimumLevel(LogLevel.Warning);
var leads = builder.Configuration.GetSection("Leads");

IScenario[] scenarios = [new AimbaseScenario(), new AimbaseODataScenario(), new LeadExecScenario(), new CrmApiScenario()];
var needsEmulator = scenarios.Any(s => !IsConfigured(leads.GetSection(s.Section)));
await using var emulator = needsEmulator ? await LeadsEmulator.StartAsync() : null;
if (emulator is not null)
{
    Console.WriteLine($"Emulator started at {emulator.BaseAddress} for the APIs without configuration.");
}

foreach (var scenario in scenarios)
{
    var section = leads.GetSection(scenario.Section);
    scenario.Register(builder.Services, section, IsConfigured(section) ? null : emulator);
}

using var host = builder.Build();
using var stop = new CancellationTokenSource(TimeSpan.FromMinutes(5));
var failed = 0;
foreach (var scenario in scenarios)
{
    var target = IsConfigured(leads.GetSection(scenario.Section)) ? "configured server" : "emulator";
    Console.WriteLine();
    Console.WriteLine($"=== {scenario.Title} ({target}) ===");
    try
    {
        await scenario.RunAsync(host.Services, new ScenarioReport(Console.Out), stop.Token);
        Console.WriteLine($"--- {scenario.Title}: OK");
    }
    catch (Exception exception)
    {
        failed++;
        Console.WriteLine($"--- {scenario.Title}: FAILED: {exception.GetType().Name}: {exception.Message}");
    }
}

Console.WriteLine();
Console.WriteLine(failed == 0 ? "All scenarios succeeded." : $"{failed} scenario(s) failed.");
return failed == 0 ? 0 : 1;

static bool IsConfigured(IConfigurationSection section) => !string.IsNullOrWhiteSpace(section["BaseAddress"]);
