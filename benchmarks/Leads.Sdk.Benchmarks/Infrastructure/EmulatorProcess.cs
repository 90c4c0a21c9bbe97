using System.Diagnostics;
using System.Reflection;
using System.Runtime.InteropServices;
using Leads.Sdk.Emulator;

namespace Leads.Sdk.Benchmarks.Infrastructure;

/// <summary>
/// The emulator (samples/Leads.Sdk.Emulator.Host) running in a separate process on a free loopback port, so the end-to-end
/// benchmarks cross real sockets and the server's work and allocations stay out of the measured process.
/// </summary>
/// <remarks>
/// The process is killed on <see cref="Dispose"/>, when this process exits (even after a benchmark threw), and, as a last
/// resort, by the host itself when its standard input closes, which happens when this process dies in any way.
/// </remarks>
internal sealed class EmulatorProcess : IDisposable
{
    private const string ListeningPrefix = "Leads.Sdk emulator listening on ";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private readonly Process _process;

    private EmulatorProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
        AppDomain.CurrentDomain.ProcessExit += KillOnExit;
        AppDomain.CurrentDomain.UnhandledException += KillOnExit;
    }

    /// <summary>The emulator's root address, for example <c>http://127.0.0.1:54321/</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The settings the host starts with: its test credentials are the defaults.</summary>
    public LeadsEmulatorOptions Options { get; } = new();

    /// <summary>Starts the host on port 0 and waits until it prints the address it listens on.</summary>
    /// <param name="hostArguments">Extra options of the host, for example <c>--leadexec-no-duplicate-check</c>.</param>
    public static EmulatorProcess Start(params string[] hostArguments)
    {
        var start = new ProcessStartInfo(DotnetMuxer())
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(HostAssemblyPath());
        // Port 0: a free port, read back from what the host prints.
        foreach (var argument in (string[])["--port", "0", "--exit-when-stdin-closes", .. hostArguments])
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("The emulator host did not start.");
        try
        {
            var baseAddress = ReadAddress(process);
            process.BeginErrorReadLine();
            return new EmulatorProcess(process, baseAddress);
        }
        catch
        {
            Kill(process);
            process.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        AppDomain.CurrentDomain.ProcessExit -= KillOnExit;
        AppDomain.CurrentDomain.UnhandledException -= KillOnExit;
        Kill(_process);
        _process.Dispose();
    }

    private static Uri ReadAddress(Process process)
    {
        var read = Task.Run(() =>
        {
            while (process.StandardOutput.ReadLine() is { } line)
            {
                if (line.StartsWith(ListeningPrefix, StringComparison.Ordinal))
                {
                    return new Uri(line[ListeningPrefix.Length..].Trim());
                }
            }

            return null;
        });
        if (!read.Wait(StartTimeout))
        {
            throw new TimeoutException($"The emulator host did not print its address within {StartTimeout.TotalSeconds:F0} s.");
        }

        return read.Result ?? throw new InvalidOperationException(
            $"The emulator host exited before listening (exit code {(process.WaitForExit(5_000) ? process.ExitCode : -1)}): {process.StandardError.ReadToEnd()}");
    }

    // SIGKILL: the host waits for Ctrl+C and outlives SIGTERM.
    private static void Kill(Process process)
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(10_000);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }

    private void KillOnExit(object? sender, EventArgs e) => Kill(_process);

    /// <summary>
    /// The host is built with this project (a build-only project reference). BenchmarkDotNet's own build puts every
    /// project's output in one folder, so look next to this assembly first, then where the host's own build puts it.
    /// </summary>
    private static string HostAssemblyPath()
    {
        const string FileName = "Leads.Sdk.Emulator.Host.dll";
        var candidates = new[]
        {
            Environment.GetEnvironmentVariable("LEADS_EMULATOR_HOST_DLL"),
            Path.Combine(AppContext.BaseDirectory, FileName),
            typeof(EmulatorProcess).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "EmulatorHostAssembly").Value,
        };
        return candidates.FirstOrDefault(File.Exists) ?? throw new FileNotFoundException(
            $"The emulator host is not built (looked for {string.Join(", ", candidates.Where(c => c is not null))}). Build benchmarks/Leads.Sdk.Benchmarks, which builds it, or set LEADS_EMULATOR_HOST_DLL.");
    }

    /// <summary>The <c>dotnet</c> executable of the runtime this process runs on (it may not be on PATH).</summary>
    private static string DotnetMuxer()
    {
        // The shared runtime lives in {root}/shared/Microsoft.NETCore.App/{version}/.
        var root = Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", ".."));
        var muxer = Path.Combine(root, OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet");
        return File.Exists(muxer) ? muxer : "dotnet";
    }
}
