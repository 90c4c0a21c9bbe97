using System.Net;
using Leads.Sdk.Core.Tests.TestSupport;
using Leads.Sdk.Http;
using RichardSzalay.MockHttp;

namespace Leads.Sdk.Core.Tests.Http;

public class BearerTokenHandlerTests
{
    private const string Url = "https://crm.test/leads";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static CountingTokenProvider Tokens() => new(TimeProvider.System, TimeSpan.FromHours(1), TimeSpan.FromMinutes(1));

    private static async Task<HttpResponseMessage> Send(HttpMessageHandler handler)
    {
        using var invoker = new HttpMessageInvoker(handler, disposeHandler: false);
        using var request = new HttpRequestMessage(HttpMethod.Post, Url) { Content = new StringContent("body") };
        return await invoker.SendAsync(request, Token);
    }

    [Fact]
    public async Task SendAsync_Unauthorized_RetriesOnceWithFreshToken()
    {
        var mockHttp = new MockHttpMessageHandler();
        var seen = new List<string>();
        var request = mockHttp.When(Url).Respond(req =>
        {
            seen.Add(req.Headers.Authorization!.ToString());
            return new HttpResponseMessage(req.Headers.Authorization!.Parameter == "t1" ? HttpStatusCode.Unauthorized : HttpStatusCode.OK);
        });
        using var tokens = Tokens();
        using var handler = new BearerTokenHandler(tokens) { InnerHandler = mockHttp };

        using var response = await Send(handler);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["Bearer t1", "Bearer t2"], seen);
        Assert.Equal(2, mockHttp.GetMatchCount(request));
    }

    [Fact]
    public async Task SendAsync_UnauthorizedTwice_ReturnsSecond401WithoutThirdTry()
    {
        var mockHttp = new MockHttpMessageHandler();
        var request = mockHttp.When(Url).Respond(HttpStatusCode.Unauthorized);
        using var tokens = Tokens();
        using var handler = new BearerTokenHandler(tokens) { InnerHandler = mockHttp };

        using var response = await Send(handler);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(2, mockHttp.GetMatchCount(request));
        Assert.Equal(2, tokens.LoginCount);
    }

    [Fact]
    public async Task SendAsync_StaticTokenUnauthorized_IsNotRetried()
    {
        var mockHttp = new MockHttpMessageHandler();
        var request = mockHttp.When(Url).Respond(HttpStatusCode.Unauthorized);
        using var handler = new BearerTokenHandler(new StaticAccessTokenProvider(() => "fixed")) { InnerHandler = mockHttp };

        using var response = await Send(handler);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(1, mockHttp.GetMatchCount(request));
    }

    [Fact]
    public async Task SendAsync_Success_SendsOnceWithBearerToken()
    {
        var mockHttp = new MockHttpMessageHandler();
        var request = mockHttp.When(Url).WithHeaders("Authorization", "Bearer fixed").Respond(HttpStatusCode.OK);
        using var handler = new BearerTokenHandler(new StaticAccessTokenProvider(() => "fixed")) { InnerHandler = mockHttp };

        using var response = await Send(handler);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, mockHttp.GetMatchCount(request));
    }
}
