using System.Net;
using Leads.Sdk.Http;
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

    private static void AssertNoSecret(string line)
    {
        Assert.DoesNotContain("s3cr3t", line, StringComparison.Ordinal);
        Assert.DoesNotContain("token=", line, StringComparison.Ordinal);
        Assert.DoesNotContain("page=2", line, StringComparison.Ordinal);
    }
}
