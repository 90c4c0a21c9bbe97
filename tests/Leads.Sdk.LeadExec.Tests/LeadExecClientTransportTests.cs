using System.Net;
using Leads.Sdk.LeadExec.Models;
using Leads.Sdk.Tests.Shared;
using RichardSzalay.MockHttp;

namespace Leads.Sdk.LeadExec.Tests;

/// <summary>A client built without DI maps transport failures as the DI pipeline does.</summary>
public sealed class LeadExecClientTransportTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static LeadExecCreateLeadRequest Insert()
    {
        var lead = new LeadExecLead();
        lead.Fields.Add("FirstName", "John");
        return new LeadExecCreateLeadRequest { Lead = lead, Encoding = LeadExecEncoding.Form };
    }

    [Fact]
    public async Task CreateLeadAsync_WithoutDiConnectionFails_ThrowsTransportMayHaveReachedServer()
    {
        var test = new TestClient();
        test.Mock.Fallback.Throw(new HttpRequestException("An error occurred while sending the request.", new IOException("reset")));

        var exception = await Assert.ThrowsAsync<LeadsTransportException>(() => test.Client.CreateLeadAsync(Insert(), Ct));

        Assert.True(exception.RequestMayHaveReachedServer);
        Assert.Equal("/processor/insert/general/json", exception.RequestPath);
        Assert.StartsWith("LeadExec POST", exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(test.Options.Password!, exception.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetQueueStatusAsync_WithoutDiConnectionRefused_ThrowsTransportNotSent()
    {
        var test = new TestClient();
        test.Mock.Fallback.Throw(new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused"));

        var exception = await Assert.ThrowsAsync<LeadsTransportException>(() => test.Client.GetQueueStatusAsync("post-1", Ct));

        Assert.False(exception.RequestMayHaveReachedServer);
    }

    [Fact]
    public async Task GetQueueStatusAsync_WithoutDiBodyBreaks_ThrowsTransport()
    {
        var test = new TestClient();
        test.Mock.Fallback.Respond(_ => new HttpResponseMessage(HttpStatusCode.OK) { Content = new BrokenBodyContent() });

        await Assert.ThrowsAsync<LeadsTransportException>(() => test.Client.GetQueueStatusAsync("post-1", Ct));
    }

    [Fact]
    public async Task GetQueueStatusAsync_WithoutDiCallerCancels_ThrowsCancellationCarryingCallerToken()
    {
        using var caller = new CancellationTokenSource();
        var test = new TestClient();
        test.Mock.Fallback.Respond(async () =>
        {
            await caller.CancelAsync();
            await Task.Delay(Timeout.InfiniteTimeSpan, caller.Token);
            return new HttpResponseMessage(HttpStatusCode.OK);
        });

        var exception = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => test.Client.GetQueueStatusAsync("post-1", caller.Token));

        Assert.Equal(caller.Token, exception.CancellationToken);
    }
}
