using System.Net;
using Leads.Sdk.Emulator.Faults;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Leads.Sdk.Emulator;

/// <summary>
/// An in-process fake of the four APIs on 127.0.0.1, with in-memory state, request counters and fault knobs.
/// It is strict: it rejects what the documented servers reject, in their documented error shapes.
/// </summary>
/// <example>
/// <code>
/// await using var emulator = await LeadsEmulator.StartAsync();
/// services.AddAimbaseClient(o => emulator.ConfigureAimbase(o));
/// </code>
/// </example>
public sealed class LeadsEmulator : IAsyncDisposable
{
    private readonly WebApplication _app;

    // Cancelled when the emulator stops: the routes run on it instead of the client's RequestAborted, because a server
    // that has read a whole request processes it even when its client vanishes (a killed worker, a client timeout).
    private readonly CancellationTokenSource _stopping = new();

    private LeadsEmulator(WebApplication app, LeadsEmulatorOptions options)
    {
        _app = app;
        Options = options;
        Faults.TimeProvider = options.TimeProvider;
    }

    /// <summary>The settings the emulator started with (test credentials included).</summary>
    public LeadsEmulatorOptions Options { get; }

    /// <summary>The root address, for example <c>http://127.0.0.1:54321/</c>. Every API is served under it at its documented paths.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>Every request received.</summary>
    public EmulatorRequestLog Requests { get; } = new();

    /// <summary>The fault knobs.</summary>
    public EmulatorFaults Faults { get; } = new();

    /// <summary>The clock the fakes use.</summary>
    public TimeProvider TimeProvider => Options.TimeProvider;

    /// <summary>Starts the emulator on a loopback port.</summary>
    /// <param name="options">Settings; defaults when omitted.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    public static async Task<LeadsEmulator> StartAsync(LeadsEmulatorOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new LeadsEmulatorOptions();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, options.Port);
            kestrel.Limits.MaxRequestBodySize = 64 * 1024 * 1024;
        });
        builder.Services.AddRouting();
        var app = builder.Build();
        var emulator = new LeadsEmulator(app, options);
        app.Use(emulator.RecordAndApplyFaultsAsync);
        if (options.EnableControlEndpoint)
        {
            Control.EmulatorControlRoutes.Map(app, emulator);
        }

        Aimbase.AimbaseRoutes.Map(app, emulator);
        AimbaseOData.AimbaseODataRoutes.Map(app, emulator);
        LeadExec.LeadExecRoutes.Map(app, emulator);
        CrmApi.CrmApiRoutes.Map(app, emulator);
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        emulator.BaseAddress = new Uri(address.TrimEnd('/') + "/");
        return emulator;
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        await _app.StopAsync().ConfigureAwait(false);
        _stopping.Dispose();
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    private async Task RecordAndApplyFaultsAsync(HttpContext context, RequestDelegate next)
    {
        var request = context.Request;
        if (request.Path.StartsWithSegments(Control.EmulatorControlRoutes.Prefix.TrimEnd('/'), StringComparison.Ordinal))
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        var fault = Faults.Take(request.Path.Value ?? string.Empty);
        var headers = request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        if (fault?.Kind == EmulatorFaultKind.DropBeforeBody)
        {
            Requests.Add(new EmulatorRequest(request.Method, request.Path, request.QueryString.Value ?? string.Empty, headers, string.Empty));
            context.Abort();
            return;
        }

        request.EnableBuffering();
        string body;
        using (var reader = new StreamReader(request.Body, leaveOpen: true))
        {
            body = await reader.ReadToEndAsync(context.RequestAborted).ConfigureAwait(false);
        }

        request.Body.Position = 0;
        var recorded = new EmulatorRequest(request.Method, request.Path, request.QueryString.Value ?? string.Empty, headers, body);
        Requests.Add(recorded);

        switch (fault?.Kind)
        {
            case null:
                await RunRouteAsync(context, next, recorded).ConfigureAwait(false);
                return;
            case EmulatorFaultKind.Status:
                context.Response.StatusCode = (int)fault.StatusCode;
                foreach (var (name, value) in fault.Headers)
                {
                    context.Response.Headers[name] = value;
                }

                if (!string.IsNullOrEmpty(fault.Body))
                {
                    context.Response.ContentType = fault.ContentType;
                    await context.Response.WriteAsync(fault.Body, context.RequestAborted).ConfigureAwait(false);
                }

                return;
            case EmulatorFaultKind.CloseAfterRequest:
                GracefulClose.Close(context);
                return;
            case EmulatorFaultKind.Delay:
                // A client that gives up during the wait leaves the request unprocessed (the route never starts).
                await Task.Delay(fault.Delay, TimeProvider, context.RequestAborted).ConfigureAwait(false);
                await RunRouteAsync(context, next, recorded).ConfigureAwait(false);
                return;
            case EmulatorFaultKind.EchoRequest or EmulatorFaultKind.CredentialInField or EmulatorFaultKind.InvalidUtf8:
                await HostileResponses.WriteAsync(context, c => RunRouteAsync(c, next, recorded), fault, recorded).ConfigureAwait(false);
                return;
            default:
                await RunThenMangleAsync(context, next, fault, recorded).ConfigureAwait(false);
                return;
        }
    }

    // Runs the API's route for a request read whole, and records that it was processed.
    private async Task RunRouteAsync(HttpContext context, RequestDelegate next, EmulatorRequest recorded)
    {
        var clientAborted = context.RequestAborted;
        context.RequestAborted = _stopping.Token;
        await next(context).ConfigureAwait(false);
        recorded.IsProcessed = true;
        context.RequestAborted = clientAborted;
    }

    private async Task RunThenMangleAsync(HttpContext context, RequestDelegate next, EmulatorFault fault, EmulatorRequest recorded)
    {
        var original = context.Response.Body;
        using var captured = new MemoryStream();
        context.Response.Body = captured;
        await RunRouteAsync(context, next, recorded).ConfigureAwait(false);
        context.Response.Body = original;
        var bytes = captured.ToArray();
        switch (fault.Kind)
        {
            case EmulatorFaultKind.DropAfterProcessing:
                context.Abort();
                return;
            case EmulatorFaultKind.Truncated:
                context.Response.ContentLength = bytes.Length;
                await original.WriteAsync(bytes.AsMemory(0, bytes.Length / 2), context.RequestAborted).ConfigureAwait(false);
                await original.FlushAsync(context.RequestAborted).ConfigureAwait(false);
                context.Abort();
                return;
            case EmulatorFaultKind.SlowBody:
                context.Response.ContentLength = bytes.Length;
                for (var i = 0; i < bytes.Length && !context.RequestAborted.IsCancellationRequested; i++)
                {
                    await original.WriteAsync(bytes.AsMemory(i, 1), context.RequestAborted).ConfigureAwait(false);
                    await original.FlushAsync(context.RequestAborted).ConfigureAwait(false);
                    await Task.Delay(fault.Delay, context.RequestAborted).ConfigureAwait(false);
                }

                return;
        }
    }
}
