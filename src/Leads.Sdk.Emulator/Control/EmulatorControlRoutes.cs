using System.Globalization;
using System.Net;
using System.Text.Json;
using Leads.Sdk.Emulator.Faults;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Leads.Sdk.Emulator.Control;

/// <summary>
/// The control endpoint (<see cref="LeadsEmulatorOptions.EnableControlEndpoint"/>), for a test in another process:
/// <c>GET /_emulator/requests</c> returns the request log as JSON (headers left out: they carry credentials), and
/// <c>POST /_emulator/faults?api=/processor/&amp;fault=outage&amp;seconds=30</c> opens a fault window
/// (<c>fault</c>: <c>outage</c>, <c>slow</c> with <c>delayMs</c>, <c>drop-after-processing</c>, or <c>clear</c>). Its requests are
/// neither logged nor faulted.
/// </summary>
internal static class EmulatorControlRoutes
{
    public const string Prefix = "/_emulator/";

    public static void Map(WebApplication app, LeadsEmulator emulator)
    {
        app.MapGet(Prefix + "requests", context => WriteRequestsAsync(context, emulator.Requests.All));
        app.MapPost(Prefix + "faults", context => OpenWindowAsync(context, emulator.Faults));
    }

    private static async Task WriteRequestsAsync(HttpContext context, IReadOnlyList<EmulatorRequest> requests)
    {
        context.Response.ContentType = "application/json";
        var writer = new Utf8JsonWriter(context.Response.Body);
        await using var _ = writer.ConfigureAwait(false);
        writer.WriteStartArray();
        foreach (var request in requests)
        {
            writer.WriteStartObject();
            writer.WriteString("method", request.Method);
            writer.WriteString("path", request.Path);
            writer.WriteString("query", request.Query);
            writer.WriteString("body", request.Body);
            writer.WriteBoolean("processed", request.IsProcessed);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        await writer.FlushAsync(context.RequestAborted).ConfigureAwait(false);
    }

    private static Task OpenWindowAsync(HttpContext context, EmulatorFaults faults)
    {
        var query = context.Request.Query;
        if (query["fault"].ToString() == "clear")
        {
            faults.Clear();
            context.Response.StatusCode = (int)HttpStatusCode.NoContent;
            return Task.CompletedTask;
        }

        var api = query["api"].ToString();
        if (api.Length == 0 || !TryParse(query["seconds"].ToString(), out var seconds))
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return Task.CompletedTask;
        }

        var duration = TimeSpan.FromSeconds(seconds);
        switch (query["fault"].ToString())
        {
            case "outage":
                faults.Outage(api, duration);
                break;
            case "slow" when TryParse(query["delayMs"].ToString(), out var delay):
                faults.During(api, EmulatorFault.Delayed(TimeSpan.FromMilliseconds(delay)), duration);
                break;
            case "drop-after-processing":
                faults.During(api, EmulatorFault.DropAfterProcessing(), duration);
                break;
            default:
                context.Response.StatusCode = StatusCodes.Status400BadRequest;
                return Task.CompletedTask;
        }

        context.Response.StatusCode = (int)HttpStatusCode.NoContent;
        return Task.CompletedTask;
    }

    private static bool TryParse(string text, out double value)
        => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && value >= 0;
}
