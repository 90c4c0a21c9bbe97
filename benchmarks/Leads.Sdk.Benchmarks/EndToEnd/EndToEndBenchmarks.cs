using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Leads.Sdk.Benchmarks.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Leads.Sdk.Benchmarks.EndToEnd;

/// <summary>
/// One end-to-end case: the SDK client built through its <c>services.Add…Client(...)</c> pipeline next to hand-written
/// code on a plain <see cref="IHttpClientFactory"/> client, both calling the emulator in a separate process over loopback.
/// Each side is measured one call at a time (latency) and as <see cref="Concurrency"/> concurrent calls per invocation
/// (throughput; the reported mean and allocation are per call). The emulator's work and allocations are in its own process.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public abstract class EndToEndBenchmarks
{
    public const int Concurrency = 64;
    private const string HandWrittenClientName = "hand-written";

    private readonly Task[] _concurrentCalls = new Task[Concurrency];
    private EmulatorProcess? _emulator;
    private ServiceProvider? _services;
    private Func<Task> _handWrittenCall = null!;
    private Func<Task> _sdkCall = null!;

    /// <summary>The running emulator.</summary>
    private protected EmulatorProcess Emulator => _emulator ?? throw new InvalidOperationException("Setup has not run.");

    /// <summary>The hand-written side's client: <c>services.AddHttpClient(name, c => c.BaseAddress = …)</c>, nothing added.</summary>
    protected HttpClient HandWrittenHttp { get; private set; } = null!;

    /// <summary>Extra options of the emulator host for this case.</summary>
    protected virtual string[] HostArguments => [];

    [GlobalSetup]
    public async Task GlobalSetup()
    {
        _emulator = EmulatorProcess.Start(HostArguments);
        var services = new ServiceCollection();
        services.AddHttpClient(HandWrittenClientName, client => client.BaseAddress = _emulator.BaseAddress);
        AddSdkClient(services);
        _services = services.BuildServiceProvider();
        HandWrittenHttp = _services.GetRequiredService<IHttpClientFactory>().CreateClient(HandWrittenClientName);
        await SetUpAsync(_services);
        _handWrittenCall = HandWrittenCallAsync;
        _sdkCall = SdkCallAsync;

        // One call each before measuring: a body the emulator refuses fails here, loudly, not as a fast wrong number.
        await HandWrittenCallAsync();
        await SdkCallAsync();
    }

    [GlobalCleanup]
    public void GlobalCleanup()
    {
        _services?.Dispose();
        _emulator?.Dispose();
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("1 call at a time")]
    public Task HandWritten() => HandWrittenCallAsync();

    [Benchmark]
    [BenchmarkCategory("1 call at a time")]
    public Task Sdk() => SdkCallAsync();

    [Benchmark(Baseline = true, OperationsPerInvoke = Concurrency)]
    [BenchmarkCategory("64 concurrent calls")]
    public Task HandWrittenConcurrent() => RunConcurrently(_handWrittenCall);

    [Benchmark(OperationsPerInvoke = Concurrency)]
    [BenchmarkCategory("64 concurrent calls")]
    public Task SdkConcurrent() => RunConcurrently(_sdkCall);

    /// <summary>Registers the SDK client as a user would (the README's registration), pointed at <see cref="Emulator"/>.</summary>
    protected abstract void AddSdkClient(IServiceCollection services);

    /// <summary>Resolves the SDK client and prepares what both sides reuse across calls (a cached token, say).</summary>
    protected abstract Task SetUpAsync(IServiceProvider services);

    /// <summary>One call written by hand; throws unless the emulator accepted it.</summary>
    protected abstract Task HandWrittenCallAsync();

    /// <summary>The same call through the SDK; throws unless the emulator accepted it.</summary>
    protected abstract Task SdkCallAsync();

    private Task RunConcurrently(Func<Task> call)
    {
        for (var i = 0; i < _concurrentCalls.Length; i++)
        {
            _concurrentCalls[i] = call();
        }

        return Task.WhenAll(_concurrentCalls);
    }
}
