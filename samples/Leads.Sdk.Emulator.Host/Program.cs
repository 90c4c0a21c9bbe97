// Runs the Leads.Sdk emulator standalone: dotnet run --project samples/Leads.Sdk.Emulator.Host [-- --port 5080]
using Leads.Sdk.Emulator;

var port = 0;
var portIndex = Array.IndexOf(args, "--port");
if (portIndex >= 0 && portIndex + 1 < args.Length && !int.TryParse(args[portIndex + 1], out port))
{
    Console.Error.WriteLine("--port takes a number");
    return 2;
}

await using var emulator = await LeadsEmulator.StartAsync(new LeadsEmulatorOptions { Port = port });
Console.WriteLine($"Leads.Sdk emulator listening on {emulator.BaseAddress}");
Console.WriteLine("Press Ctrl+C to stop.");
using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};
try
{
    await Task.Delay(Timeout.Infinite, stop.Token);
}
catch (OperationCanceledException)
{
}

return 0;
