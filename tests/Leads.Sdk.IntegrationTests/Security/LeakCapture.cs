using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Headers;
using System.Security;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Leads.Sdk.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Logging;

namespace Leads.Sdk.IntegrationTests.Security;

/// <summary>
/// Everything a secret could escape into: log records (FakeLogger at Trace, HttpClient logging included),
/// "Leads.Sdk" activities, the auth headers actually sent, and texts the test adds (exceptions, ToString()).
/// </summary>
public sealed class LeakCapture : IDisposable
{
    private readonly ActivityListener _listener;
    private readonly ConcurrentQueue<Activity> _activities = new();
    private readonly ConcurrentQueue<string> _texts = new();

    public LeakCapture()
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == LeadsTelemetry.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = _activities.Enqueue,
        };
        ActivitySource.AddActivityListener(_listener);
    }

    /// <summary>Authorization-style header values the client sent (they are secrets too, e.g. CRM's issued token).</summary>
    public ConcurrentQueue<string> SentAuthValues { get; } = new();

    public int ActivityCount => _activities.Count;

    /// <summary>Adds FakeLogger logging at Trace and a handler recording the auth headers sent.</summary>
    public void Attach(IServiceCollection services, IHttpClientBuilder client)
    {
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Trace));
        services.AddFakeLogging();
        client.AddHttpMessageHandler(() => new AuthHeaderRecorder(SentAuthValues));
    }

    public void Add(object? value)
    {
        if (value is Exception exception)
        {
            _texts.Enqueue(exception.ToString());
            for (var e = exception; e is not null; e = e.InnerException)
            {
                _texts.Enqueue(e.Message);
                foreach (System.Collections.DictionaryEntry entry in e.Data)
                {
                    _texts.Enqueue($"{entry.Key}={entry.Value}");
                }
            }

            if (exception is LeadsRequestException request)
            {
                _texts.Enqueue($"{request.Details} {request.ResponseBodyExcerpt}");
            }
        }
        else
        {
            _texts.Enqueue(value?.ToString() ?? string.Empty);
        }
    }

    /// <summary>Asserts that no captured text contains any secret in a plain, URL-, JSON- (once or twice), XML- or Base64-encoded form.</summary>
    public void AssertNoLeak(IServiceProvider provider, IEnumerable<string> secrets, string? basicUser = null)
    {
        var texts = new List<(string Where, string Text)>();
        foreach (var record in provider.GetFakeLogCollector().GetSnapshot())
        {
            texts.Add(($"log {record.Category}", record.Message));
            texts.Add(($"log exception {record.Category}", record.Exception?.ToString() ?? string.Empty));
            foreach (var pair in record.StructuredState ?? [])
            {
                texts.Add(($"log state {record.Category}", $"{pair.Key}={pair.Value}"));
            }

            foreach (var scope in record.Scopes)
            {
                texts.Add(($"log scope {record.Category}", scope?.ToString() ?? string.Empty));
            }
        }

        foreach (var activity in _activities)
        {
            texts.Add(("activity", $"{activity.DisplayName} {activity.OperationName} {activity.StatusDescription}"));
            foreach (var tag in activity.TagObjects)
            {
                texts.Add(("activity tag", $"{tag.Key}={tag.Value}"));
            }

            foreach (var e in activity.Events)
            {
                texts.Add(("activity event", e.Name + string.Join(",", e.Tags.Select(t => $"{t.Key}={t.Value}"))));
            }
        }

        texts.AddRange(_texts.Select(t => ("exception/ToString", t)));

        var all = secrets.Concat(SentAuthValues).Where(s => s.Length >= 6).Distinct().ToList();
        if (basicUser is not null)
        {
            all.AddRange(secrets.Where(s => s.Length >= 1).Select(s => Convert.ToBase64String(Encoding.UTF8.GetBytes(basicUser + ":" + s))));
        }

        foreach (var secret in all)
        {
            foreach (var form in Forms(secret))
            {
                var hit = texts.FirstOrDefault(t => t.Text.Contains(form, StringComparison.Ordinal));
                Assert.True(hit.Text is null, $"Secret {JsonSerializer.Serialize(secret)} (as {JsonSerializer.Serialize(form)}) leaked into {hit.Where}: {hit.Text}");
            }
        }
    }

    public void Dispose() => _listener.Dispose();

    /// <summary>
    /// The forms a server can echo a secret in: raw, URL- and form-encoded, JSON-escaped (strict or relaxed, once or
    /// twice: a JSON request echoed inside a JSON string), XML-escaped, and form-encoded inside JSON.
    /// </summary>
    private static IEnumerable<string> Forms(string secret) => new[]
    {
        secret,
        Uri.EscapeDataString(secret),
        System.Net.WebUtility.UrlEncode(secret),
        Json(secret),
        RelaxedJson(secret),
        Json(Json(secret)),
        RelaxedJson(RelaxedJson(secret)),
        Json(RelaxedJson(secret)),
        RelaxedJson(Json(secret)),
        RelaxedJson(System.Net.WebUtility.UrlEncode(secret)),
        Json(System.Net.WebUtility.UrlEncode(secret)),
        SecurityElement.Escape(secret),
    }.Distinct();

    private static string Json(string text) => JsonEncodedText.Encode(text).ToString();

    private static string RelaxedJson(string text) => JsonEncodedText.Encode(text, JavaScriptEncoder.UnsafeRelaxedJsonEscaping).ToString();

    private sealed class AuthHeaderRecorder(ConcurrentQueue<string> sink) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            foreach (var header in request.Headers.Where(h => h.Key.Contains("auth", StringComparison.OrdinalIgnoreCase)))
            {
                foreach (var value in header.Value)
                {
                    sink.Enqueue(value);
                    var space = value.IndexOf(' ', StringComparison.Ordinal);
                    if (space > 0)
                    {
                        sink.Enqueue(value[(space + 1)..]);
                    }
                }
            }

            return base.SendAsync(request, cancellationToken);
        }
    }
}
