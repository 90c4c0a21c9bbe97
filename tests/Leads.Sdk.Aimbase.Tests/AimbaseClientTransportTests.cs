using System.Net;
using Leads.Sdk.Tests.Shared;
using RichardSzalay.MockHttp;

namespace Leads.Sdk.Aimbase.Tests;

/// <summary>A client built without DI maps transport failures as the DI pipeline does.</summary>
public sealed class AimbaseClientTransportTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CreateLeadsAsync_WithoutDiConnectionFails_ThrowsTransportMayHaveReachedServer()
    {
        using var mock = new MockHttpMessageHandler();
        mock.Fallback.Throw(new HttpRequestException("An error occurred while sending the request.", new IOException("reset")));

        var exception = await Assert.ThrowsAsync<LeadsTransportException>(() => TestData.Client(mock).CreateLeadsAsync([TestData.ValidLead("a")], cancellationToken: Ct));

        Assert.True(exception.RequestMayHaveReachedServer);
        Assert.Equal("/marketing/api/lead", exception.RequestPath);
        Assert.StartsWith("Aimbase POST", exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(TestData.Token, exception.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateLeadsAsync_WithoutDiConnectionRefused_ThrowsTransportNotSent()
    {
        using var mock = new MockHttpMessageHandler();
        mock.Fallback.Throw(new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused"));

        var exception = await Assert.ThrowsAsync<LeadsTransportException>(() => TestData.Client(mock).CreateLeadsAsync([TestData.ValidLead("a")], cancellationToken: Ct));

        Assert.False(exception.RequestMayHaveReachedServer);
    }

    [Fact]
    public async Task CreateLeadsAsync_WithoutDiBodyBreaks_ThrowsTransport()
    {
        using var mock = new MockHttpMessageHandler();
        mock.Fallback.Respond(_ => new HttpResponseMessage(HttpStatusCode.OK) { Content = new BrokenBodyContent() });

        await Assert.ThrowsAsync<LeadsTransportException>(() => TestData.Client(mock).CreateLeadsAsync([TestData.ValidLead("a")], cancellationToken: Ct));
    }

    [Fact]
    public async Task CreateLeadsAsync_WithoutDiHttpClientTimeout_ThrowsTransportTimeout()
    {
        using var mock = new MockHttpMessageHandler();
        mock.Fallback.Respond(async () =>
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, Ct);
            return new HttpResponseMessage(HttpStatusCode.OK);
        });
        var http = mock.ToHttpClient();
        http.Timeout = TimeSpan.FromMilliseconds(1);

        var exception = await Assert.ThrowsAsync<LeadsTransportException>(() => new AimbaseClient(http, TestData.Options()).CreateLeadsAsync([TestData.ValidLead("a")], cancellationToken: Ct));

        Assert.True(exception.IsTimeout);
    }

    [Fact]
    public async Task CreateLeadsAsync_WithoutDiCallerCancels_ThrowsCancellationCarryingCallerToken()
    {
        using var caller = new CancellationTokenSource();
        using var mock = new MockHttpMessageHandler();
        mock.Fallback.Respond(async () =>
        {
            await caller.CancelAsync();
            await Task.Delay(Timeout.InfiniteTimeSpan, caller.Token);
            return new HttpResponseMessage(HttpStatusCode.OK);
        });

        var exception = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => TestData.Client(mock).CreateLeadsAsync([TestData.ValidLead("a")], cancellationToken: caller.Token));

        Assert.Equal(caller.Token, exception.CancellationToken);
    }
}
