// dotnet run -c Release --project benchmarks/Leads.Sdk.Benchmarks -- --filter '*'          (full BenchmarkDotNet run)
// dotnet run -c Release --project benchmarks/Leads.Sdk.Benchmarks -- --filter '*' --job short
// dotnet run -c Release --project benchmarks/Leads.Sdk.Benchmarks -- --paging [1000 10000 100000]  (paging memory series)
// dotnet run -c Release --project benchmarks/Leads.Sdk.Benchmarks -- --filter '*EndToEnd*' --warmupCount 3 --iterationCount 10 --iterationTime 250
//                                                                        (end-to-end table, emulator in its own process)
// dotnet run -c Release --project benchmarks/Leads.Sdk.Benchmarks -- --smoke   (each benchmark once + small paging run, for CI)
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Leads.Sdk.Benchmarks.EndToEnd;
using Leads.Sdk.Benchmarks.Paging;

if (args.Contains("--paging"))
{
    var sizes = args.Where(a => int.TryParse(a, out _)).Select(int.Parse).ToArray();
    return await PagingMemoryRun.RunAsync(sizes.Length > 0 ? sizes : [1_000, 10_000, 100_000]);
}

var smoke = args.Contains("--smoke");
var rest = args.Where(a => a != "--smoke").ToArray();
// BenchmarkDotNet builds a project of its own before measuring; on a loaded machine that takes longer than its 2-minute default.
IConfig config = ManualConfig.Create(DefaultConfig.Instance).WithBuildTimeout(TimeSpan.FromMinutes(10));
if (smoke)
{
    // One in-process iteration per benchmark: proves every case still runs, measures nothing.
    config = config
        .AddJob(Job.Dry.WithToolchain(InProcessEmitToolchain.Instance))
        .WithOptions(ConfigOptions.DisableOptimizationsValidator);
    if (rest.Length == 0)
    {
        rest = ["--filter", "*"];
    }
}

var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(rest, config);
var failed = summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success));
if (!smoke && EndToEndTable.Format(summaries) is { } table)
{
    // The docs/benchmarks.md table, ratios and targets worked out.
    Console.WriteLine();
    Console.WriteLine(table);
    File.WriteAllText(Path.Combine("BenchmarkDotNet.Artifacts", "results", "end-to-end.md"), table + Environment.NewLine);
}

if (smoke && !failed)
{
    // Paging path too, tiny: proves the streaming run works end to end over loopback.
    return await PagingMemoryRun.RunAsync([2_000]);
}

return failed ? 1 : 0;
