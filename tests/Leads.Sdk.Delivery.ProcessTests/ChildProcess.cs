using System.Collections.Concurrent;
using System.Diagnostics;

namespace Leads.Sdk.Delivery.ProcessTests;

/// <summary>
/// One of the programs (the emulator host or the delivery worker) in a child process, started with <c>dotnet</c>,
/// its output kept in memory for the test's messages. <see cref="Kill"/> sends SIGKILL: no cleanup code runs.
/// </summary>
internal sealed class ChildProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();
    private readonly TaskCompletionSource<string> _firstMatch = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Func<string, bool>? _waitFor;

    private ChildProcess(Process process, Func<string, bool>? waitFor)
    {
        _process = process;
        _waitFor = waitFor;
    }

    public string Output => string.Join('\n', _output);

    public int ExitCode => _process.ExitCode;

    public bool HasExited => _process.HasExited;

    /// <summary>Starts <paramref name="program"/> (a built .dll) with <paramref name="arguments"/>.</summary>
    /// <param name="waitFor">A stdout line <see cref="WaitForLineAsync"/> returns.</param>
    public static ChildProcess Start(string program, IEnumerable<string> arguments, Func<string, bool>? waitFor = null)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(program);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var process = new Process { StartInfo = start };
        var child = new ChildProcess(process, waitFor);
        process.OutputDataReceived += (_, e) => child.OnLine(e.Data, error: false);
        process.ErrorDataReceived += (_, e) => child.OnLine(e.Data, error: true);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return child;
    }

    public Task<string> WaitForLineAsync(CancellationToken cancellationToken) => _firstMatch.Task.WaitAsync(cancellationToken);

    public Task WaitForExitAsync(CancellationToken cancellationToken) => _process.WaitForExitAsync(cancellationToken);

    /// <summary>SIGKILL, then waits until the process is gone.</summary>
    public async Task KillAsync(CancellationToken cancellationToken)
    {
        try
        {
            _process.Kill(entireProcessTree: false);
        }
        catch (InvalidOperationException)
        {
            // Already exited.
        }

        await _process.WaitForExitAsync(cancellationToken);
    }

    public void Kill() => KillAsync(CancellationToken.None).GetAwaiter().GetResult();

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            await KillAsync(CancellationToken.None);
        }

        _process.Dispose();
    }

    private void OnLine(string? line, bool error)
    {
        if (line is null)
        {
            _firstMatch.TrySetException(new InvalidOperationException("The program ended before printing the expected line:\n" + Output));
            return;
        }

        _output.Enqueue(error ? "stderr: " + line : line);
        if (!error && _waitFor?.Invoke(line) == true)
        {
            _firstMatch.TrySetResult(line);
        }
    }
}
