// Runs the Leads.Sdk emulator standalone:
//   dotnet run --project samples/Leads.Sdk.Emulator.Host [-- --port 5080]
// Options that make it behave differently where the docs allow it (to try the samples against a second server):
//   --aimbase-lead-source NAME        another Aimbase Lead Source "in the system" (repeatable)
//   --aimbase-enforce-table-required  require Brands, IsCommunicationOptIn and BrandCode as the doc's table marks them
//   --leadexec-estimated-price N      the EstimatedPrice a LeadExec PING answers with
// Options for a parent process that runs it (the end-to-end benchmarks):
//   --leadexec-no-duplicate-check     accept a LeadExec lead whose Email/Phone was seen before (the same lead posted again)
//   --exit-when-stdin-closes          stop when standard input ends, so the emulator never outlives its parent
using System.Globalization;
using Leads.Sdk.Emulator;

var options = new LeadsEmulatorOptions();
var exitWhenStdinCloses = false;
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
        default:
            Console.Error.WriteLine($"Unknown option {args[i]}");
            return 2;
    }
}

await using var emulator = await LeadsEmulator.StartAsync(options);
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
