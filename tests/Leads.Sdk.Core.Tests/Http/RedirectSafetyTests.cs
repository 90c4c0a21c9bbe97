using System.Net;
using Leads.Sdk.Core.Tests.TestSupport;
using Leads.Sdk.DependencyInjection;
using Leads.Sdk.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http;
using Polly;
using RichardSzalay.MockHttp;

namespace Leads.Sdk.Core.Tests.Http;

/// <summary>Redirects are never followed: the primary handler's setting, whatever the app configures, and the answers.</summary>
public class RedirectSafetyTests
{
    private const string Url = TestServices.BaseUrl + "leads";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public void AddLeadsClient_Default_PrimaryHandlerDoesNotFollowRedirects()
    {
        var primary = PrimaryHandler(_ => { });

        var sockets = Assert.IsType<SocketsHttpHandler>(primary);
        Assert.False(sockets.AllowAutoRedirect);
        Assert.Equal(TimeSpan.FromMinutes(5), sockets.PooledConnectionLifetime);
    }

    [Fact]
    public void AddLeadsClient_AppConfiguresAnHttpClientHandlerAfterwards_ItsRedirectsAreTurnedOff()
    {
        var primary = PrimaryHandler(http => http.ConfigurePrimaryHttpMessageHandler(() => new HttpClientHandler { AllowAutoRedirect = true }));

        Assert.False(Assert.IsType<HttpClientHandler>(primary).AllowAutoRedirect);
    }

    [Fact]
    public void AddLeadsClient_AppTurnsRedirectsBackOnWithTheLastConfigureCall_TheyStayOff()
    {
        var primary = PrimaryHandler(http => http
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler())
            .ConfigurePrimaryHttpMessageHandler((handler, _) => ((SocketsHttpHandler)handler).AllowAutoRedirect = true));

        Assert.False(Assert.IsType<SocketsHttpHandler>(primary).AllowAutoRedirect);
    }

    [Fact]
    public void AddLeadsClient_AppUsesUseSocketsHttpHandlerWithRedirectsOn_TheyStayOff()
    {
        var primary = PrimaryHandler(http => http.UseSocketsHttpHandler((handler, _) => handler.AllowAutoRedirect = true));

        Assert.False(Assert.IsType<SocketsHttpHandler>(primary).AllowAutoRedirect);
    }

    [Theory]
    [InlineData("GET", HttpStatusCode.Found)]
    [InlineData("GET", HttpStatusCode.TemporaryRedirect)]
    [InlineData("POST", HttpStatusCode.PermanentRedirect)]
    [InlineData("POST", HttpStatusCode.SeeOther)]
    public async Task Send_ServerAnswersWithARedirect_ThrowsRedirectExceptionWithStatusAndLocationAndIsNotRetried(string method, HttpStatusCode status)
    {
        var mockHttp = new MockHttpMessageHandler();
        var request = mockHttp.When(new HttpMethod(method), Url).Respond(_ =>
        {
            var response = new HttpResponseMessage(status);
            response.Headers.Location = new Uri("/elsewhere?token=abc", UriKind.Relative);
            return response;
        });
        using var provider = TestServices.Build(mockHttp);

        var exception = await Assert.ThrowsAsync<LeadsRedirectException>(
            () => provider.GetRequiredService<ITestClient>().SendAsync(new HttpMethod(method), "leads", Token));

        Assert.Equal(status, exception.StatusCode);
        Assert.Equal(new Uri("https://api.example.test/elsewhere?token=abc"), exception.Location);
        Assert.DoesNotContain("token=abc", exception.Message, StringComparison.Ordinal);
        Assert.Equal(1, mockHttp.GetMatchCount(request));
    }

    [Fact]
    public async Task Send_PrimaryHandlerFollowedARedirectToAnotherOrigin_ItsAnswerIsRefused()
    {
        var mockHttp = new MockHttpMessageHandler();
        mockHttp.When(HttpMethod.Post, Url).Respond(req =>
        {
            // What HttpClientHandler does when it follows a 302: the request now points elsewhere, as a GET.
            req.RequestUri = new Uri("https://other.example.test/landing");
            req.Method = HttpMethod.Get;
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("{\"accepted\":true}") };
        });
        using var provider = TestServices.Build(mockHttp);

        var exception = await Assert.ThrowsAsync<LeadsRedirectException>(
            () => provider.GetRequiredService<ITestClient>().SendAsync(HttpMethod.Post, "leads", Token));

        Assert.Equal(new Uri("https://other.example.test/landing"), exception.Location);
        Assert.Equal("POST", exception.Method);
        Assert.Equal("/v1/leads", exception.RequestPath);
    }

    [Theory]
    [InlineData("GET", 301)]
    [InlineData("GET", 302)]
    [InlineData("GET", 303)]
    [InlineData("GET", 307)]
    [InlineData("GET", 308)]
    [InlineData("POST", 307)]
    public void ShouldRetry_RedirectStatus_IsFalse(string method, int status)
    {
        using var response = new HttpResponseMessage((HttpStatusCode)status);

        Assert.False(RetryRules.ShouldRetry(Outcome.FromResult(response), new HttpMethod(method), TimeSpan.FromMinutes(1)));
    }

    private static HttpMessageHandler PrimaryHandler(Action<IHttpClientBuilder> configure)
    {
        var services = new ServiceCollection();
        var http = services.AddLeadsClient<ITestClient, TestOptions>(
            "default",
            TestClient.Api,
            builder => builder.Configure(TestServices.Configure),
            (_, client, options) => new TestClient(client, options));
        configure(http);
        using var provider = services.BuildServiceProvider();
        HttpMessageHandler handler = provider.GetRequiredService<IHttpMessageHandlerFactory>().CreateHandler("default");
        while (handler is DelegatingHandler delegating)
        {
            handler = delegating.InnerHandler!;
        }

        return handler;
    }
}
