using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Net;
using Leads.Sdk.Http;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Testing;
using RichardSzalay.MockHttp;

namespace Leads.Sdk.Core.Tests.Http;

public class DiagnosticsHandlerTests
{
    private const string Url = "https://crm.test/v2/contacts/7?token=s3cr3t-token&page=2";

    private static async Task Send(HttpMessageHandler inner, FakeLogger logger)
    {
        using var invoker = new HttpMessageInvoker(new DiagnosticsHandler(new LeadsApiDescriptor("CrmApi"), logger) { InnerHandler = inner });
        using var request = new HttpRequestMessage(HttpMethod.Get, Url);
        request.Headers.Authorization = new("Bearer", "s3cr3t-bearer");
        (await invoker.SendAsync(request, TestContext.Current.CancellationToken)).Dispose();
    }

    [Fact]
    public async Task SendAsync_Success_LogsPathAndStatusButNoQueryOrSecret()
    {
        var mockHttp = new MockHttpMessageHandler();
        mockHttp.Fallback.Respond(HttpStatusCode.OK, "application/json", "{\"password\":\"s3cr3t-body\"}");
        var logger = new FakeLogger();

        await Send(mockHttp, logger);

        var lines = logger.Collector.GetSnapshot().Select(r => r.Message).ToList();
        Assert.Equal(2, lines.Count);
        Assert.All(lines, line => Assert.Contains("CrmApi GET /v2/contacts/7", line, StringComparison.Ordinal));
        Assert.Contains(lines, line => line.Contains(": 200 in", StringComparison.Ordinal));
        Assert.All(lines, AssertNoSecret);
    }

    [Fact]
    public async Task SendAsync_Failure_LogsExceptionTypeButNoQueryOrSecret()
    {
        var mockHttp = new MockHttpMessageHandler();
        mockHttp.Fallback.Throw(new HttpRequestException("failed for " + Url));
        var logger = new FakeLogger();

        await Assert.ThrowsAsync<HttpRequestException>(() => Send(mockHttp, logger));

        var last = logger.Collector.LatestRecord;
        Assert.Equal(Microsoft.Extensions.Logging.LogLevel.Warning, last.Level);
        Assert.Contains("/v2/contacts/7: failed with HttpRequestException", last.Message, StringComparison.Ordinal);
        Assert.All(logger.Collector.GetSnapshot(), r => AssertNoSecret(r.Message + string.Join(",", r.StructuredState ?? [])));
    }

    [Fact]
    public async Task SendAsync_MeterListenerWithoutLogging_RecordsRequestByApiMethodAndOutcome()
    {
        var api = "MeteredApi" + Guid.NewGuid().ToString("N");
        var measurements = new ConcurrentQueue<(string Instrument, Dictionary<string, object?> Tags)>();
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == LeadsTelemetry.Name)
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<long>((instrument, _, tags, _) => Record(instrument, tags));
        listener.SetMeasurementEventCallback<double>((instrument, _, tags, _) => Record(instrument, tags));
        listener.Start();
        var mockHttp = new MockHttpMessageHandler();
        mockHttp.Fallback.Respond(HttpStatusCode.Accepted);

        await SendWithoutLogging(api, mockHttp);

        var ours = measurements.Where(m => Equals(m.Tags["leads.api"], api)).ToList();
        Assert.Equal(["leads.sdk.client.request.duration", "leads.sdk.client.requests"], ours.Select(m => m.Instrument).Order(StringComparer.Ordinal));
        Assert.All(ours, m =>
        {
            Assert.Equal("GET", m.Tags["http.request.method"]);
            Assert.Equal("202", m.Tags["outcome"]);
        });

        void Record(Instrument instrument, ReadOnlySpan<KeyValuePair<string, object?>> tags)
        {
            var copy = new Dictionary<string, object?>(StringComparer.Ordinal);
            foreach (var tag in tags)
            {
                copy[tag.Key] = tag.Value;
            }

            if (copy.ContainsKey("leads.api"))
            {
                measurements.Enqueue((instrument.Name, copy));
            }
        }
    }

    [Fact]
    public async Task SendAsync_ActivityListenerWithoutLogging_TracesClientSpanWithPathButNoQuery()
    {
        var api = "TracedApi" + Guid.NewGuid().ToString("N");
        var stopped = new ConcurrentQueue<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == LeadsTelemetry.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = stopped.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);
        var mockHttp = new MockHttpMessageHandler();
        mockHttp.Fallback.Respond(HttpStatusCode.InternalServerError);

        await SendWithoutLogging(api, mockHttp);

        var span = Assert.Single(stopped, a => Equals(a.GetTagItem("leads.api"), api));
        Assert.Equal(api + " GET", span.DisplayName);
        Assert.Equal(ActivityKind.Client, span.Kind);
        Assert.Equal("/v2/contacts/7", span.GetTagItem("url.path"));
        Assert.Equal(500, span.GetTagItem("http.response.status_code"));
        Assert.Equal(ActivityStatusCode.Error, span.Status);
    }

    [Fact]
    public async Task SendAsync_NobodyListening_PassesResponseAndFailureThroughUnchanged()
    {
        var mockHttp = new MockHttpMessageHandler();
        var failure = new HttpRequestException("boom");
        mockHttp.When("https://crm.test/ok").Respond(HttpStatusCode.NoContent);
        mockHttp.When("https://crm.test/fail").Throw(failure);
        using var invoker = new HttpMessageInvoker(new DiagnosticsHandler(new LeadsApiDescriptor("Quiet" + Guid.NewGuid().ToString("N")), NullLogger.Instance) { InnerHandler = mockHttp });

        using var ok = new HttpRequestMessage(HttpMethod.Post, "https://crm.test/ok");
        using var response = await invoker.SendAsync(ok, TestContext.Current.CancellationToken);
        using var fail = new HttpRequestMessage(HttpMethod.Post, "https://crm.test/fail");
        var thrown = await Assert.ThrowsAsync<HttpRequestException>(() => invoker.SendAsync(fail, TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Same(failure, thrown);
    }

    private static async Task SendWithoutLogging(string api, HttpMessageHandler inner)
    {
        using var invoker = new HttpMessageInvoker(new DiagnosticsHandler(new LeadsApiDescriptor(api), NullLogger.Instance) { InnerHandler = inner });
        using var request = new HttpRequestMessage(HttpMethod.Get, Url);
        (await invoker.SendAsync(request, TestContext.Current.CancellationToken)).Dispose();
    }

    private static void AssertNoSecret(string line)
    {
        Assert.DoesNotContain("s3cr3t", line, StringComparison.Ordinal);
        Assert.DoesNotContain("token=", line, StringComparison.Ordinal);
        Assert.DoesNotContain("page=2", line, StringComparison.Ordinal);
    }
}
