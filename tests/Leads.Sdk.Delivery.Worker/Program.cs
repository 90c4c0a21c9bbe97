// The delivery worker the process tests start, SIGKILL and restart, and the delivery benchmark drives.
//   enqueue --store S --from N --count N [--apis leadexec,aimbase,crmapi] [--latencies FILE]
//       enqueues leads N..N+count-1 (lead n carries marker dp{n:D6}q, goes to API n % apis), prints "enqueued N"
//   work --store S --emulator URL [--concurrency 4] [--lease-seconds 5] [--until-done true]
//       hosts one delivery worker (AddLeadDelivery + the three clients) against the emulator; with --until-done it
//       exits 0 once nothing is pending
//   status --store S
//       prints one line per delivery: "marker api state attempts", then "total N"
// S is sqlite:PATH or postgresql:CONNECTION STRING.
using Leads.Sdk.Delivery.Worker;

try
{
    var arguments = WorkerArguments.Parse(args);
    using var stop = new CancellationTokenSource();
    Console.CancelKeyPress += (_, e) =>
    {
        e.Cancel = true;
        stop.Cancel();
    };
    return arguments.Mode switch
    {
        "enqueue" => await WorkerModes.EnqueueAsync(arguments, stop.Token),
        "work" => await WorkerModes.WorkAsync(arguments, stop.Token),
        "status" => await WorkerModes.StatusAsync(arguments, stop.Token),
        _ => throw new ArgumentException($"Unknown mode '{arguments.Mode}'."),
    };
}
catch (ArgumentException e)
{
    Console.Error.WriteLine(e.Message);
    return 2;
}
