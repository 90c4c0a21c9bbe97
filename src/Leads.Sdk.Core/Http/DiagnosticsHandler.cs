using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace Leads.Sdk.Http;

/// <summary>
/// Traces, measures and logs each call by API, method and path only: never the query string (it can hold a token),
/// headers or bodies, so no secret reaches a log line or a span.
/// </summary>
/// <param name="api">The API the handler serves.</param>
/// <param name="logger">The logger.</param>
public sealed partial class DiagnosticsHandler(LeadsApiDescriptor api, ILogger logger) : DelegatingHandler
{
    /// <inheritdoc/>
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var path = RequestPath.Of(request);
        var method = request.Method.Method;
        using var activity = LeadsTelemetry.ActivitySource.StartActivity($"{api.Name} {method}", ActivityKind.Client);
        activity?.SetTag("leads.api", api.Name);
        activity?.SetTag("http.request.method", method);
        activity?.SetTag("url.path", path);
        var started = Stopwatch.GetTimestamp();
        string outcome = "error";
        try
        {
            LogSending(logger, api.Name, method, path);
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            var status = (int)response.StatusCode;
            outcome = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
            activity?.SetTag("http.response.status_code", status);
            if (!response.IsSuccessStatusCode)
            {
                activity?.SetStatus(ActivityStatusCode.Error);
            }

            LogReceived(logger, api.Name, method, path, status, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            return response;
        }
        catch (Exception exception)
        {
            outcome = exception.GetType().Name;
            activity?.SetStatus(ActivityStatusCode.Error);
            activity?.SetTag("error.type", exception.GetType().FullName);
            LogFailed(logger, api.Name, method, path, exception.GetType().Name, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            throw;
        }
        finally
        {
            var tags = new TagList { { "leads.api", api.Name }, { "http.request.method", method }, { "outcome", outcome } };
            LeadsTelemetry.RequestDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, tags);
            LeadsTelemetry.Requests.Add(1, tags);
        }
    }

    [LoggerMessage(1, LogLevel.Debug, "{Api} {Method} {Path}: sending")]
    private static partial void LogSending(ILogger logger, string api, string method, string path);

    [LoggerMessage(2, LogLevel.Information, "{Api} {Method} {Path}: {StatusCode} in {ElapsedMs:0} ms")]
    private static partial void LogReceived(ILogger logger, string api, string method, string path, int statusCode, double elapsedMs);

    [LoggerMessage(3, LogLevel.Warning, "{Api} {Method} {Path}: failed with {ExceptionType} after {ElapsedMs:0} ms")]
    private static partial void LogFailed(ILogger logger, string api, string method, string path, string exceptionType, double elapsedMs);
}
