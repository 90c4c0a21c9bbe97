using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Leads.Sdk.Delivery.Tests.Storage;

/// <summary>
/// A throw-away PostgreSQL server for tests: <c>initdb</c> + <c>pg_ctl</c> into a temp folder, listening on 127.0.0.1 only
/// at a free port, its unix socket inside that folder, stopped and deleted on dispose. Use it as an xunit fixture
/// (class, collection or assembly) or on its own with <see cref="StartAsync"/>; give each test its own database with
/// <see cref="CreateDatabaseAsync"/>. Several test processes may run servers at the same time.
/// </summary>
/// <remarks>
/// <para>Durability is kept as in production (<c>fsync</c> and <c>synchronous_commit</c> on): the outbox promises that an
/// enqueued lead survives a crash, and the crash tests must not pass because the server skipped a flush. Only settings
/// that do not weaken a commit are tuned for speed (small buffers, minimal WAL, no JIT).</para>
/// <para>PostgreSQL refuses to run as root, and CI and these machines run as root: the cluster then belongs to the
/// unprivileged <c>postgres</c> account (which the distribution package creates), or <c>nobody</c> where that account is
/// missing, and every PostgreSQL program runs as that account through <c>setpriv</c>.</para>
/// <para>A test process killed before it disposes the fixture leaves a running server behind; the next fixture started on
/// the machine stops and deletes every such server whose owning process is gone.</para>
/// </remarks>
public sealed class PostgreSqlServer : IAsyncLifetime
{
    private const string FolderPrefix = "leads-sdk-pg-";
    private const string OwnerFileName = "owner.pid";
    private const string SuperUser = "postgres";
    private static readonly TimeSpan ProgramTimeout = TimeSpan.FromSeconds(120);

    private string? _folder;
    private string? _binaries;
    private string? _account;
    private int _databaseCount;

    /// <summary>The port the server listens on (127.0.0.1 only).</summary>
    public int Port { get; private set; }

    /// <summary>Connection string of the server's <c>postgres</c> database, as the superuser.</summary>
    public string ConnectionString => BuildConnectionString("postgres");

    /// <summary>Starts a new server; dispose it to stop and delete it.</summary>
    public static async Task<PostgreSqlServer> StartAsync(CancellationToken cancellationToken)
    {
        var server = new PostgreSqlServer();
        try
        {
            await server.StartCoreAsync(cancellationToken);
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    /// <inheritdoc />
    public ValueTask InitializeAsync() => new(StartCoreAsync(TestContext.Current.CancellationToken));

    /// <summary>Creates a new, empty database and returns its connection string (so tests never see each other's rows).</summary>
    public async Task<string> CreateDatabaseAsync(CancellationToken cancellationToken)
    {
        var name = string.Create(CultureInfo.InvariantCulture, $"test_{Interlocked.Increment(ref _databaseCount)}");
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
        return BuildConnectionString(name);
    }

    /// <summary>Stops the server (immediate shutdown) and deletes its folder; safe to call more than once.</summary>
    public async ValueTask DisposeAsync()
    {
        var folder = Interlocked.Exchange(ref _folder, null);
        if (folder is null)
        {
            return;
        }

        // Open pooled connections would otherwise keep trying a server that is gone.
        NpgsqlConnection.ClearAllPools();
        await StopAndDeleteAsync(folder, _binaries, _account);
    }

    private async Task StartCoreAsync(CancellationToken cancellationToken)
    {
        _binaries = FindBinaries();
        _account = Environment.IsPrivilegedProcess ? UnprivilegedAccount() : null;
        await RemoveServersOfDeadProcessesAsync(_binaries, _account);

        _folder = Directory.CreateTempSubdirectory(FolderPrefix).FullName;
        await File.WriteAllTextAsync(Path.Combine(_folder, OwnerFileName), Environment.ProcessId.ToString(CultureInfo.InvariantCulture), cancellationToken);
        if (_account is not null)
        {
            await RunAsync("chown", [_account, _folder], account: null, _folder, cancellationToken);
        }

        var data = Path.Combine(_folder, "data");
        await RunAsync(
            Path.Combine(_binaries, "initdb"),
            ["-D", data, "-U", SuperUser, "--auth=trust", "--encoding=UTF8", "--locale=C", "--no-sync", "--no-instructions"],
            _account,
            _folder,
            cancellationToken);

        // The free port is found by binding port 0 and releasing it; another process may take it before the server binds
        // it, so a start that fails is retried on a new port.
        for (var attempt = 1; ; attempt++)
        {
            Port = FindFreePort();
            await File.WriteAllTextAsync(Path.Combine(data, "postgresql.conf"), Settings(Port, _folder), cancellationToken);
            try
            {
                await RunAsync(
                    Path.Combine(_binaries, "pg_ctl"),
                    ["start", "-D", data, "-l", Path.Combine(_folder, "server.log"), "-w", "-t", "60"],
                    _account,
                    _folder,
                    cancellationToken);
                return;
            }
            catch (InvalidOperationException) when (attempt < 3)
            {
            }
            catch (InvalidOperationException exception)
            {
                throw new InvalidOperationException($"{exception.Message}\nServer log:\n{ReadLog(_folder)}", exception);
            }
        }
    }

    private static string Settings(int port, string folder) =>
        string.Create(CultureInfo.InvariantCulture, $"""
            listen_addresses = '127.0.0.1'
            port = {port}
            unix_socket_directories = '{folder}'
            max_connections = 300
            # A commit is durable as in production.
            fsync = on
            synchronous_commit = on
            full_page_writes = on
            # Speed: a small cluster that nobody replicates.
            shared_buffers = 32MB
            wal_level = minimal
            max_wal_senders = 0
            max_wal_size = 1GB
            checkpoint_timeout = 30min
            jit = off
            timezone = 'UTC'
            log_timezone = 'UTC'
            datestyle = 'iso, mdy'
            lc_messages = 'C'
            default_text_search_config = 'pg_catalog.english'
            """);

    private string BuildConnectionString(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = Port,
        Username = SuperUser,
        Database = database,
    }.ConnectionString;

    private static async Task StopAndDeleteAsync(string folder, string? binaries, string? account)
    {
        var data = Path.Combine(folder, "data");
        if (binaries is not null && File.Exists(Path.Combine(data, "postmaster.pid")))
        {
            try
            {
                await RunAsync(Path.Combine(binaries, "pg_ctl"), ["stop", "-D", data, "-m", "immediate", "-w", "-t", "60"], account, folder, CancellationToken.None);
            }
            catch (InvalidOperationException)
            {
                // Already stopped (or killed): the folder is deleted all the same.
            }
        }

        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    /// <summary>Stops and deletes the servers left behind by test processes that were killed before disposing them.</summary>
    private static async Task RemoveServersOfDeadProcessesAsync(string binaries, string? account)
    {
        foreach (var folder in Directory.EnumerateDirectories(Path.GetTempPath(), FolderPrefix + "*"))
        {
            var ownerFile = Path.Combine(folder, OwnerFileName);
            if (!File.Exists(ownerFile)
                || !int.TryParse(File.ReadAllText(ownerFile), NumberStyles.None, CultureInfo.InvariantCulture, out var owner)
                || IsRunning(owner))
            {
                continue;
            }

            await StopAndDeleteAsync(folder, binaries, account);
        }
    }

    private static bool IsRunning(int processId)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    /// <summary>
    /// The folder holding <c>initdb</c> and <c>pg_ctl</c>: <c>LEADS_SDK_PG_BIN</c> when set, else PATH, else the newest
    /// <c>/usr/lib/postgresql/N/bin</c> (where Debian and Ubuntu install them, off PATH).
    /// </summary>
    private static string FindBinaries()
    {
        var candidates = new List<string>();
        if (Environment.GetEnvironmentVariable("LEADS_SDK_PG_BIN") is { Length: > 0 } configured)
        {
            candidates.Add(configured);
        }

        candidates.AddRange((Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries));
        if (Directory.Exists("/usr/lib/postgresql"))
        {
            candidates.AddRange(Directory.EnumerateDirectories("/usr/lib/postgresql")
                .Select(version => (Path: Path.Combine(version, "bin"), Version: int.TryParse(Path.GetFileName(version), NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : 0))
                .OrderByDescending(candidate => candidate.Version)
                .Select(candidate => candidate.Path));
        }

        return candidates.FirstOrDefault(folder => File.Exists(Path.Combine(folder, "initdb")) && File.Exists(Path.Combine(folder, "pg_ctl")))
            ?? throw new InvalidOperationException(
                "The PostgreSQL server programs (initdb, pg_ctl) were not found on PATH, in /usr/lib/postgresql/*/bin or in LEADS_SDK_PG_BIN. "
                + "Install the distribution's postgresql package (.ci/run does so when they are missing).");
    }

    /// <summary>The account that runs the server when this process is root: <c>postgres</c> when it exists, else <c>nobody</c>.</summary>
    private static string UnprivilegedAccount() =>
        File.ReadLines("/etc/passwd").Any(line => line.StartsWith(SuperUser + ":", StringComparison.Ordinal)) ? SuperUser : "nobody";

    private static async Task RunAsync(string program, IReadOnlyList<string> arguments, string? account, string workingDirectory, CancellationToken cancellationToken)
    {
        var startInfo = new ProcessStartInfo
        {
            // A folder the unprivileged account can enter: PostgreSQL programs complain when they cannot.
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (account is null)
        {
            startInfo.FileName = program;
        }
        else
        {
            startInfo.FileName = "setpriv";
            foreach (var argument in (string[])[$"--reuid={account}", $"--regid={account}", "--init-groups", "--"])
            {
                startInfo.ArgumentList.Add(argument);
            }

            startInfo.ArgumentList.Add(program);
        }

        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        using var process = Process.Start(startInfo) ?? throw new InvalidOperationException($"Could not start {program}.");
        var readOutput = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var readError = process.StandardError.ReadToEndAsync(CancellationToken.None);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(ProgramTimeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        var output = await readOutput + await readError;
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{Path.GetFileName(program)} {string.Join(' ', arguments)} exited with {process.ExitCode}:\n{output}");
        }
    }

    private static int FindFreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string ReadLog(string folder)
    {
        var log = Path.Combine(folder, "server.log");
        return File.Exists(log) ? File.ReadAllText(log) : "(no log)";
    }
}
