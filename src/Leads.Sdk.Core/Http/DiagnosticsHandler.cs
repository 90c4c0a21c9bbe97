using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace Leads.Sdk.Http;

/// <summary>
/// Traces, measures and logs each call by API, method and path only: never the query string (it can hold a token),
/// headers or bodies, so no secret reaches a log line or a span.
/// </summary>
/// <param name="api">The API the handler serves.</param>
/// <param name="logger">The logger.</param>
internal sealed partial class DiagnosticsHandler(LeadsApiDescriptor api, ILogger logger) : DelegatingHandler
{
    // Span names for the usual methods, built once instead of per call.
    private readonly string _getName = (api ?? throw new ArgumentNullException(nameof(api))).Name + " GET";
    private readonly string _postName = api.Name + " POST";

    /// <inheritdoc/>
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        // Nobody listening (no span listener, no meter listener, logging off): pass the call through untouched, so
        // the handler costs no allocation, no path string and no async state machine.
        var traced = LeadsTelemetry.ActivitySource.HasListeners();
        var metered = LeadsTelemetry.RequestDuration.Enabled || LeadsTelemetry.Requests.Enabled;
        var logged = logger.IsEnabled(LogLevel.Debug) || logger.IsEnabled(LogLevel.Information) || logger.IsEnabled(LogLevel.Warning);
        return traced || metered || logged
            ? SendObservedAsync(request, traced, metered, logged, cancellationToken)
            : base.SendAsync(request, cancellationToken);
    }

    private async Task<HttpResponseMessage> SendObservedAsync(HttpRequestMessage request, bool traced, bool metered, bool logged, CancellationToken cancellationToken)
    {
        var method = request.Method.Method;
        var path = traced || logged ? RequestPath.Of(request) : string.Empty;
        using var activity = traced ? LeadsTelemetry.ActivitySource.StartActivity(SpanName(method), ActivityKind.Client) : null;
        if (activity is not null)
        {
            activity.SetTag("leads.api", api.Name);
            activity.SetTag("http.request.method", method);
            activity.SetTag("url.path", path);
        }

        var started = Stopwatch.GetTimestamp();
        string outcome = "error";
        try
        {
            if (logged)
            {
                LogSending(logger, api.Name, method, path);
            }

            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            var status = (int)response.StatusCode;
            outcome = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (activity is not null)
            {
                activity.SetTag("http.response.status_code", status);
                if (!response.IsSuccessStatusCode)
                {
                    activity.SetStatus(ActivityStatusCode.Error);
                }
            }

            if (logged)
            {
                LogReceived(logger, api.Name, method, path, status, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }

            return response;
        }
        catch (Exception exception)
        {
            outcome = exception.GetType().Name;
            activity?.SetStatus(ActivityStatusCode.Error);
            activity?.SetTag("error.type", exception.GetType().FullName);
            if (logged)
            {
                LogFailed(logger, api.Name, method, path, exception.GetType().Name, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }

            throw;
        }
        finally
        {
            if (metered)
            {
                var tags = new TagList { { "leads.api", api.Name }, { "http.request.method", method }, { "outcome", outcome } };
                LeadsTelemetry.RequestDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, tags);
                LeadsTelemetry.Requests.Add(1, tags);
            }
        }
    }

    private string SpanName(string method) => method switch
    {
        "GET" => _getName,
        "POST" => _postName,
        _ => api.Name + " " + method,
    };

    [LoggerMessage(1, LogLevel.Debug, "{Api} {Method} {Path}: sending")]
    private static partial void LogSending(ILogger logger, string api, string method, string path);

    [LoggerMessage(2, LogLevel.Information, "{Api} {Method} {Path}: {StatusCode} in {ElapsedMs:0} ms")]
    private static partial void LogReceived(ILogger logger, string api, string method, string path, int statusCode, double elapsedMs);

    [LoggerMessage(3, LogLevel.Warning, "{Api} {Method} {Path}: failed with {ExceptionType} after {ElapsedMs:0} ms")]
    private static partial void LogFailed(ILogger logger, string api, string method, string path, string exceptionType, double elapsedMs);
}
