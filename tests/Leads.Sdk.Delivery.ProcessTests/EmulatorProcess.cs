using System.Net.Http.Json;
using System.Text.Json;

namespace Leads.Sdk.Delivery.ProcessTests;

/// <summary>The emulator host in its own process, with its control endpoint on: its address and its request log.</summary>
internal sealed class EmulatorProcess : IAsyncDisposable
{
    private const string ListeningOn = "Leads.Sdk emulator listening on ";

    private readonly ChildProcess _process;
    private readonly HttpClient _control;

    private EmulatorProcess(ChildProcess process, Uri address)
    {
        _process = process;
        Address = address;
        _control = new HttpClient { BaseAddress = address };
    }

    public Uri Address { get; }

    /// <summary>Starts the host with <c>--control</c> and <paramref name="faults"/> (for example <c>--outage all:30</c>).</summary>
    public static async Task<EmulatorProcess> StartAsync(CancellationToken cancellationToken, params string[] faults)
    {
        var process = ChildProcess.Start(BuiltPrograms.EmulatorHost, ["--control", .. faults], line => line.StartsWith(ListeningOn, StringComparison.Ordinal));
        try
        {
            var line = await process.WaitForLineAsync(cancellationToken).WaitAsync(TimeSpan.FromMinutes(2), cancellationToken);
            return new EmulatorProcess(process, new Uri(line[ListeningOn.Length..].Trim()));
        }
        catch
        {
            await process.DisposeAsync();
            throw;
        }
    }

    /// <summary>Every request the emulator logged, in arrival order.</summary>
    public async Task<IReadOnlyList<LoggedRequest>> RequestsAsync(CancellationToken cancellationToken)
        => await _control.GetFromJsonAsync<List<LoggedRequest>>("_emulator/requests", Json, cancellationToken) ?? [];

    public async ValueTask DisposeAsync()
    {
        _control.Dispose();
        await _process.DisposeAsync();
    }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
}

/// <summary>One entry of the emulator's request log (<c>GET /_emulator/requests</c>).</summary>
internal sealed record LoggedRequest(string Method, string Path, string Query, string Body, bool Processed);
