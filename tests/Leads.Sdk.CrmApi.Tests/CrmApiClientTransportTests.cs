using System.Net;
using RichardSzalay.MockHttp;

namespace Leads.Sdk.CrmApi.Tests;

/// <summary>A client built without DI (no TransportErrorHandler) maps transport failures as the DI pipeline does.</summary>
public sealed class CrmApiClientTransportTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CreateLeadAsync_WithoutDiConnectionFailsOnCreate_ThrowsTransportMayHaveReachedServer()
    {
        using var mock = new MockHttpMessageHandler();
        mock.When(HttpMethod.Post, FakeCrm.Server + "crmapi/rest/v2/authentication/token")
            .Respond("application/json", FakeCrm.Envelope("{\"token\":\"opaque-token-1\"}"));
        mock.When(HttpMethod.Post, FakeCrm.Server + "crmapi/rest/v2/leads/create")
            .Throw(new HttpRequestException("An error occurred while sending the request.", new IOException("reset")));
        using var http = mock.ToHttpClient();
        http.Timeout = TimeSpan.FromSeconds(30); // a hang must fail this test, not pass it as a timeout
        var client = new CrmApiClient(http, FakeCrm.Options());

        var exception = await Assert.ThrowsAsync<LeadsTransportException>(() => client.CreateLeadAsync(Requests.Minimal(), Ct));

        Assert.False(exception.IsTimeout);
        Assert.IsType<HttpRequestException>(exception.InnerException);
        Assert.True(exception.RequestMayHaveReachedServer);
        Assert.Equal("/crmapi/rest/v2/leads/create", exception.RequestPath);
        Assert.StartsWith("CrmApi POST", exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(FakeCrm.Password, exception.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateLeadAsync_WithoutDiLoginConnectionRefused_ThrowsTransportNotSent()
    {
        using var mock = new MockHttpMessageHandler();
        mock.Fallback.Throw(new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused"));
        var client = new CrmApiClient(mock.ToHttpClient(), FakeCrm.Options());

        var exception = await Assert.ThrowsAsync<LeadsTransportException>(() => client.CreateLeadAsync(Requests.Minimal(), Ct));

        Assert.False(exception.RequestMayHaveReachedServer);
        Assert.Equal("/crmapi/rest/v2/authentication/token", exception.RequestPath);
    }

    [Fact]
    public async Task CreateLeadAsync_WithoutDiCallerCancels_ThrowsCancellationCarryingCallerToken()
    {
        using var caller = new CancellationTokenSource();
        var crm = new FakeCrm();
        crm.EnqueueCreate(() =>
        {
            caller.Cancel();
            throw new TaskCanceledException("cancelled", null, caller.Token);
        });
        var client = new CrmApiClient(crm.Handler.ToHttpClient(), FakeCrm.Options());

        var exception = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.CreateLeadAsync(Requests.Minimal(), caller.Token));

        Assert.Equal(caller.Token, exception.CancellationToken);
    }
}
