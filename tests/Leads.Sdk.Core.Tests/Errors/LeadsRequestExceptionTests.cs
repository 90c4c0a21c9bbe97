using System.Net;
using System.Net.Sockets;
using System.Text;
using Leads.Sdk.Core.Tests.TestSupport;
using Leads.Sdk.Http;
using Microsoft.Extensions.DependencyInjection;
using RichardSzalay.MockHttp;

namespace Leads.Sdk.Core.Tests.Errors;

/// <summary>
/// One failed call is a <see cref="LeadsRequestException"/>; only an answer from the server is a
/// <see cref="LeadsApiException"/>, so <c>catch (LeadsApiException)</c> never swallows a connection failure.
/// </summary>
public class LeadsRequestExceptionTests
{
    private const string Url = TestServices.BaseUrl + "leads";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SendAsync_ConnectionRefused_IsARequestExceptionThatCatchLeadsApiExceptionDoesNotCatch()
    {
        var mockHttp = new MockHttpMessageHandler();
        mockHttp.When(HttpMethod.Get, Url).Throw(new HttpRequestException("Connection refused", new SocketException((int)SocketError.ConnectionRefused)));
        using var provider = TestServices.Build(mockHttp, o => o.Resilience.Enabled = false);

        var caught = await CaughtAsAsync(() => provider.GetRequiredService<ITestClient>().SendAsync(HttpMethod.Get, "leads", Token));

        Assert.Equal("LeadsRequestException (LeadsTransportException)", caught);
    }

    [Fact]
    public async Task SendAsync_ServerAnswers400_IsCaughtAsLeadsApiException()
    {
        var mockHttp = new MockHttpMessageHandler();
        mockHttp.When(HttpMethod.Get, Url).Respond(HttpStatusCode.BadRequest, "application/json", "{}");
        using var provider = TestServices.Build(mockHttp);

        var caught = await CaughtAsAsync(() => provider.GetRequiredService<ITestClient>().SendAsync(HttpMethod.Get, "leads", Token));

        Assert.Equal("LeadsApiException (LeadsApiException)", caught);
    }

    [Fact]
    public async Task ReadJsonAsync_HtmlPageWithStatus200_IsARequestExceptionThatCatchLeadsApiExceptionDoesNotCatch()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.OK)
        {
            RequestMessage = new HttpRequestMessage(HttpMethod.Get, Url),
            Content = new StringContent("<html>maintenance</html>", Encoding.UTF8, "text/html"),
        };
        var reader = new LeadsResponseReader(new LeadsApiDescriptor("TestApi"));

        var caught = await CaughtAsAsync(() => reader.ReadJsonAsync(response, TestJsonContext.Default.Dealer, Token));

        Assert.Equal("LeadsRequestException (LeadsUnreadableResponseException)", caught);
    }

    [Fact]
    public async Task SendAsync_ConnectionRefused_NamesTheCallAndHasNoStatusOrResponse()
    {
        var mockHttp = new MockHttpMessageHandler();
        mockHttp.When(HttpMethod.Post, Url).Throw(new HttpRequestException("Connection refused", new SocketException((int)SocketError.ConnectionRefused)));
        using var provider = TestServices.Build(mockHttp, o => o.Resilience.Enabled = false);

        LeadsRequestException exception = await Assert.ThrowsAsync<LeadsTransportException>(
            () => provider.GetRequiredService<ITestClient>().SendAsync(HttpMethod.Post, "leads?token=abc123", Token));

        Assert.Equal("POST", exception.Method);
        Assert.Equal("/v1/leads", exception.RequestPath);
        Assert.Null(exception.StatusCode);
        Assert.Null(exception.ErrorCode);
        Assert.Null(exception.ResponseBodyExcerpt);
        Assert.Equal("the connection could not be established; the request was not sent", exception.ErrorMessage);
        Assert.Null(exception.Details.Response);
    }

    [Fact]
    public void Hierarchy_AnswerKindsAreApiExceptions_NoAnswerAndUnreadableAreNot()
    {
        var details = new LeadsApiErrorDetails("A", "GET", "/", HttpStatusCode.InternalServerError);
        LeadsRequestException[] answered =
        [
            new LeadsApiException(details), new LeadsServerException(details), new LeadsNotFoundException(details),
            new LeadsAuthenticationException(details), new LeadsRateLimitedException(details, null), new LeadsRedirectException(details, null),
        ];
        LeadsRequestException[] notAnApiAnswer = [new LeadsTransportException(details, true, false, null), new LeadsUnreadableResponseException(details)];

        Assert.All(answered, e => Assert.IsAssignableFrom<LeadsApiException>(e));
        Assert.All(notAnApiAnswer, e => Assert.False(e is LeadsApiException, e.GetType().Name));
        Assert.All([.. answered, .. notAnApiAnswer], e => Assert.IsAssignableFrom<LeadsException>(e));
    }

    private static async Task<string> CaughtAsAsync(Func<Task> call)
    {
        try
        {
            await call();
            return "nothing thrown";
        }
        catch (LeadsApiException exception)
        {
            return $"{nameof(LeadsApiException)} ({exception.GetType().Name})";
        }
        catch (LeadsRequestException exception)
        {
            return $"{nameof(LeadsRequestException)} ({exception.GetType().Name})";
        }
    }
}
