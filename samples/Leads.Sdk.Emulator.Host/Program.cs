// Runs the Leads.Sdk emulator standalone:
//   dotnet run --project samples/Leads.Sdk.Emulator.Host [-- --port 5080]
// Options that make it behave differently where the docs allow it (to try the samples against a second server):
//   --aimbase-lead-source NAME        another Aimbase Lead Source "in the system" (repeatable)
//   --aimbase-enforce-table-required  require Brands, IsCommunicationOptIn and BrandCode as the doc's table marks them
//   --leadexec-estimated-price N      the EstimatedPrice a LeadExec PING answers with
// Options for a parent process that runs it (the end-to-end benchmarks):
//   --leadexec-no-duplicate-check     accept a LeadExec lead whose Email/Phone was seen before (the same lead posted again)
//   --exit-when-stdin-closes          stop when standard input ends, so the emulator never outlives its parent
// Faults and control, for tests that drive the emulator from another process (the delivery outbox's process tests).
// API is aimbase, odata, leadexec, crmapi, all, or a path prefix such as /processor/:
//   --control                          serve /_emulator/requests (the request log as JSON) and /_emulator/faults
//   --outage API:SECONDS               the API answers 503 (an HTML maintenance page) for SECONDS from the start
//   --slow API:MILLISECONDS            every answer of the API waits MILLISECONDS first
//   --drop-after-processing API        every request of the API is processed, then its connection reset unanswered
using System.Globalization;
using Leads.Sdk.Emulator;
using Leads.Sdk.Emulator.Faults;

var options = new LeadsEmulatorOptions();
var exitWhenStdinCloses = false;
var faults = new List<Action<EmulatorFaults>>();
for (var i = 0; i < args.Length; i++)
{
    string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} takes a value");
    switch (args[i])
    {
        case "--port":
            options.Port = int.Parse(Value(), CultureInfo.InvariantCulture);
            break;
        case "--aimbase-lead-source":
            options.Aimbase.LeadSourceNames.Add(Value());
            break;
        case "--aimbase-enforce-table-required":
            options.Aimbase.EnforceTableRequiredMarks = true;
            break;
        case "--leadexec-estimated-price":
            options.LeadExec.EstimatedPrice = decimal.Parse(Value(), CultureInfo.InvariantCulture);
            break;
        case "--leadexec-no-duplicate-check":
            options.LeadExec.DuplicateFields.Clear();
            break;
        case "--exit-when-stdin-closes":
            exitWhenStdinCloses = true;
            break;
        case "--control":
            options.EnableControlEndpoint = true;
            break;
        case "--outage":
        {
            var (prefixes, seconds) = ApiAndNumber(Value());
            faults.Add(f => prefixes.ForEach(p => f.Outage(p, TimeSpan.FromSeconds(seconds))));
            break;
        }

        case "--slow":
        {
            var (prefixes, milliseconds) = ApiAndNumber(Value());
            faults.Add(f => prefixes.ForEach(p => f.During(p, EmulatorFault.Delayed(TimeSpan.FromMilliseconds(milliseconds)), Timeout.InfiniteTimeSpan)));
            break;
        }

        case "--drop-after-processing":
        {
            var prefixes = ApiPrefixes(Value());
            faults.Add(f => prefixes.ForEach(p => f.During(p, EmulatorFault.DropAfterProcessing(), Timeout.InfiniteTimeSpan)));
            break;
        }

        default:
            Console.Error.WriteLine($"Unknown option {args[i]}");
            return 2;
    }
}

await using var emulator = await LeadsEmulator.StartAsync(options);
faults.ForEach(apply => apply(emulator.Faults));
Console.WriteLine($"Leads.Sdk emulator listening on {emulator.BaseAddress}");
Console.WriteLine("Press Ctrl+C to stop.");
using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};
if (exitWhenStdinCloses)
{
    // The parent holds the other end of the pipe: it closes when the parent exits, however it exits (even when killed).
    _ = Task.Run(async () =>
    {
        await Console.In.ReadToEndAsync();
        stop.Cancel();
    });
}

try
{
    await Task.Delay(Timeout.Infinite, stop.Token);
}
catch (OperationCanceledException)
{
}

return 0;

// "leadexec:30" -> (["/processor/"], 30).
static (List<string> Prefixes, double Number) ApiAndNumber(string value)
{
    var colon = value.LastIndexOf(':');
    if (colon <= 0)
    {
        throw new ArgumentException($"Expected API:NUMBER, got '{value}'.");
    }

    return (ApiPrefixes(value[..colon]), double.Parse(value[(colon + 1)..], CultureInfo.InvariantCulture));
}

static List<string> ApiPrefixes(string api) => api.ToLowerInvariant() switch
{
    "aimbase" => ["/marketing/api/lead"],
    "odata" => ["/odata/"],
    "leadexec" => ["/processor/", "/information/"],
    "crmapi" => ["/crmapi/"],
    "all" => ["/marketing/api/lead", "/odata/", "/processor/", "/information/", "/crmapi/"],
    _ when api.StartsWith('/') => [api],
    _ => throw new ArgumentException($"Unknown API '{api}': use aimbase, odata, leadexec, crmapi, all or a path prefix."),
};
