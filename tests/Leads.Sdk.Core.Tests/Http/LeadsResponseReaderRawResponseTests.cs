using System.Net;
using System.Text;
using Leads.Sdk.Core.Tests.TestSupport;
using Leads.Sdk.Http;
using Microsoft.Extensions.DependencyInjection;
using RichardSzalay.MockHttp;

namespace Leads.Sdk.Core.Tests.Http;

/// <summary>A failure with an answer carries that answer's status, headers and request id in <c>Details.Response</c>.</summary>
public class LeadsResponseReaderRawResponseTests
{
    private const string Secret = "hunter2-secret";
    private static readonly LeadsApiDescriptor Api = new("TestApi");

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static HttpResponseMessage Response(HttpStatusCode status, string body, string mediaType = "application/json")
        => new(status)
        {
            RequestMessage = new HttpRequestMessage(HttpMethod.Post, "https://api.example.test/v1/leads"),
            Content = new StringContent(body, Encoding.UTF8, mediaType),
        };

    [Fact]
    public async Task EnsureSuccessAsync_RateLimitedWithRequestId_DetailsResponseHasStatusHeadersAndRequestId()
    {
        using var response = Response(HttpStatusCode.TooManyRequests, "{}");
        response.Headers.TryAddWithoutValidation("X-Request-Id", "req-7f3a");
        response.Headers.TryAddWithoutValidation("Retry-After", "30");

        var exception = await Assert.ThrowsAsync<LeadsRateLimitedException>(() => new LeadsResponseReader(Api).EnsureSuccessAsync(response, Token));

        var raw = Assert.IsType<LeadsResponse>(exception.Details.Response);
        Assert.Equal(HttpStatusCode.TooManyRequests, raw.StatusCode);
        Assert.Equal("req-7f3a", raw.RequestId);
        Assert.Equal("30", raw.GetHeaderValue("retry-after"));
        Assert.Equal(["application/json; charset=utf-8"], raw.Headers["Content-Type"]);
    }

    [Fact]
    public async Task ReadJsonAsync_UnreadableSuccess_DetailsResponseHasTheSuccessStatusAndRequestId()
    {
        using var response = Response(HttpStatusCode.OK, "<html>maintenance</html>", "text/html");
        response.Headers.TryAddWithoutValidation("X-Request-Id", "req-html");

        var exception = await Assert.ThrowsAsync<LeadsUnreadableResponseException>(
            () => new LeadsResponseReader(Api).ReadJsonAsync(response, TestJsonContext.Default.Dealer, Token));

        Assert.Equal(HttpStatusCode.OK, exception.Details.Response?.StatusCode);
        Assert.Equal("req-html", exception.Details.Response?.RequestId);
    }

    [Fact]
    public async Task EnsureSuccessAsync_HeaderEchoesAConfiguredSecret_ItIsMaskedInTheResponseAndEverywhereElse()
    {
        using var response = Response(HttpStatusCode.BadRequest, "{}");
        response.Headers.TryAddWithoutValidation("X-Debug-Echo", "received " + Secret);

        var exception = await Assert.ThrowsAsync<LeadsApiException>(() => new LeadsResponseReader(Api, () => [Secret]).EnsureSuccessAsync(response, Token));

        Assert.Equal("received ***", exception.Details.Response?.GetHeaderValue("X-Debug-Echo"));
        Assert.DoesNotContain(Secret, exception.Details.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, exception.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EnsureSuccessAsync_HeaderEchoesTheRequestsAuthorizationToken_MaskedWithoutAnyConfiguredSecret()
    {
        using var response = Response(HttpStatusCode.Unauthorized, "{}");
        response.RequestMessage!.Headers.TryAddWithoutValidation("Authorization", "Bearer eyJ.token-value-42");
        response.Headers.TryAddWithoutValidation("X-Rejected-Token", "eyJ.token-value-42");

        var exception = await Assert.ThrowsAsync<LeadsAuthenticationException>(() => new LeadsResponseReader(Api).EnsureSuccessAsync(response, Token));

        Assert.Equal("***", exception.Details.Response?.GetHeaderValue("X-Rejected-Token"));
    }

    [Fact]
    public async Task SendAsync_BodyOverMaxResponseBytes_DetailsResponseHasTheRequestId()
    {
        var mockHttp = new MockHttpMessageHandler();
        mockHttp.When(HttpMethod.Get, TestServices.BaseUrl + "leads").Respond(_ =>
        {
            var answer = new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("[" + new string(' ', 200) + "]", Encoding.UTF8, "application/json") };
            answer.Headers.TryAddWithoutValidation("X-Request-Id", "req-big");
            return answer;
        });
        using var provider = TestServices.Build(mockHttp, o => o.MaxResponseBytes = 100);

        var exception = await Assert.ThrowsAsync<LeadsUnreadableResponseException>(
            () => provider.GetRequiredService<ITestClient>().SendAsync(HttpMethod.Get, "leads", Token));

        Assert.Equal("req-big", exception.Details.Response?.RequestId);
    }

    [Fact]
    public void ThrowIfFollowed_AHandlerFollowedARedirect_DetailsResponseIsTheAnswerItGot()
    {
        var response = new HttpResponseMessage(HttpStatusCode.OK)
        {
            RequestMessage = new HttpRequestMessage(HttpMethod.Get, "https://elsewhere.example.test/landing"),
            Content = new StringContent("{}"),
        };
        response.Headers.TryAddWithoutValidation("X-Request-Id", "req-elsewhere");

        var exception = Assert.Throws<LeadsRedirectException>(
            () => LeadsRedirects.ThrowIfFollowed(Api, new Uri("https://api.example.test/v1/leads"), HttpMethod.Get, response));

        Assert.Equal(HttpStatusCode.OK, exception.Details.Response?.StatusCode);
        Assert.Equal("req-elsewhere", exception.Details.Response?.RequestId);
    }
}
