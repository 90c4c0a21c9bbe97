using System.Net;
using Leads.Sdk.Aimbase.OData.Models;
using Leads.Sdk.Tests.Shared;
using RichardSzalay.MockHttp;

namespace Leads.Sdk.Aimbase.OData.Tests;

/// <summary>A client built without DI maps transport failures as the DI pipeline does.</summary>
public sealed class AimbaseODataClientTransportTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static MockHttpMessageHandler Failing(Exception failure)
    {
        var mock = new MockHttpMessageHandler();
        mock.Fallback.Throw(failure);
        return mock;
    }

    [Fact]
    public async Task GetLeadAsync_WithoutDiConnectionFails_ThrowsTransportNamingTheCall()
    {
        using var mock = Failing(new HttpRequestException("An error occurred while sending the request.", new IOException("reset")));

        var exception = await Assert.ThrowsAsync<LeadsTransportException>(() => TestClient.Create(mock).GetLeadAsync(114, cancellationToken: Ct));

        Assert.True(exception.RequestMayHaveReachedServer);
        Assert.Equal("/odata/V2/Leads(114)", exception.RequestPath);
        Assert.StartsWith("AimbaseOData GET", exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-token-123", exception.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UpdateLeadAsync_WithoutDiConnectionRefused_ThrowsTransportNotSent()
    {
        using var mock = Failing(new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused"));

        var exception = await Assert.ThrowsAsync<LeadsTransportException>(() => TestClient.Create(mock).UpdateLeadAsync(114, new AimbaseODataLeadPatch { Medium = "Web" }, Ct));

        Assert.False(exception.RequestMayHaveReachedServer);
        Assert.Equal("PATCH", exception.Method);
    }

    [Fact]
    public async Task ListLeadsAsync_WithoutDiConnectionFails_ThrowsTransport()
    {
        using var mock = Failing(new HttpRequestException("An error occurred while sending the request.", new IOException("reset")));

        var exception = await Assert.ThrowsAsync<LeadsTransportException>(async () =>
        {
            await foreach (var _ in TestClient.Create(mock).ListLeadsAsync(cancellationToken: Ct))
            {
            }
        });

        Assert.Equal("/odata/V2/Leads", exception.RequestPath);
    }

    [Fact]
    public async Task GetLeadAsync_WithoutDiBodyBreaks_ThrowsTransport()
    {
        using var mock = new MockHttpMessageHandler();
        mock.Fallback.Respond(_ => new HttpResponseMessage(HttpStatusCode.OK) { Content = new BrokenBodyContent() });

        await Assert.ThrowsAsync<LeadsTransportException>(() => TestClient.Create(mock).GetLeadAsync(114, cancellationToken: Ct));
    }

    [Fact]
    public async Task GetLeadAsync_WithoutDiCallerCancels_ThrowsCancellationCarryingCallerToken()
    {
        using var caller = new CancellationTokenSource();
        using var mock = new MockHttpMessageHandler();
        mock.Fallback.Respond(async () =>
        {
            await caller.CancelAsync();
            await Task.Delay(Timeout.InfiniteTimeSpan, caller.Token);
            return new HttpResponseMessage(HttpStatusCode.OK);
        });

        var exception = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => TestClient.Create(mock).GetLeadAsync(114, cancellationToken: caller.Token));

        Assert.Equal(caller.Token, exception.CancellationToken);
    }
}
