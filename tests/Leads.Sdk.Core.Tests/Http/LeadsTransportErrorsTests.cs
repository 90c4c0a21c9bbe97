using System.Net;
using Leads.Sdk.Core.Tests.TestSupport;
using Leads.Sdk.Http;
using Leads.Sdk.Tests.Shared;
using RichardSzalay.MockHttp;

namespace Leads.Sdk.Core.Tests.Http;

public class LeadsTransportErrorsTests
{
    private static readonly LeadsApiDescriptor Api = new("TestApi");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static HttpRequestMessage Request() => new(HttpMethod.Get, "https://api.test/v1/leads?token=abc123");

    [Fact]
    public async Task SendAsync_ConnectionReset_ThrowsTransportNamingTheCallWithoutQuery()
    {
        using var mock = new MockHttpMessageHandler();
        mock.Fallback.Throw(new HttpRequestException("An error occurred while sending the request.", new IOException("reset")));
        using var http = mock.ToHttpClient();
        using var request = Request();

        var exception = await Assert.ThrowsAsync<LeadsTransportException>(() => LeadsTransportErrors.SendAsync(http, Api, request, HttpCompletionOption.ResponseContentRead, Ct));

        Assert.True(exception.RequestMayHaveReachedServer);
        Assert.False(exception.IsTimeout);
        Assert.StartsWith("TestApi GET /v1/leads failed", exception.Message, StringComparison.Ordinal);
        Assert.Equal("/v1/leads", exception.RequestPath);
        Assert.DoesNotContain("abc123", exception.Message, StringComparison.Ordinal);
        Assert.IsType<HttpRequestException>(exception.InnerException);
    }

    [Fact]
    public async Task SendAsync_HttpClientTimeout_ThrowsTransportTimeout()
    {
        using var http = new HttpClient(new HangingHandler()) { Timeout = TimeSpan.FromMilliseconds(1) };
        using var request = Request();

        var exception = await Assert.ThrowsAsync<LeadsTransportException>(() => LeadsTransportErrors.SendAsync(http, Api, request, HttpCompletionOption.ResponseContentRead, Ct));

        Assert.True(exception.IsTimeout);
        Assert.True(exception.RequestMayHaveReachedServer);
    }

    [Fact]
    public async Task SendAsync_CallerCancels_ThrowsCancellationCarryingCallerToken()
    {
        using var http = new HttpClient(new HangingHandler());
        using var request = Request();
        using var caller = new CancellationTokenSource();
        var sending = LeadsTransportErrors.SendAsync(http, Api, request, HttpCompletionOption.ResponseContentRead, caller.Token);

        await caller.CancelAsync();

        var exception = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => sending);
        Assert.Equal(caller.Token, exception.CancellationToken);
    }

    [Fact]
    public async Task SendAsync_OtherException_IsNotWrapped()
    {
        using var mock = new MockHttpMessageHandler();
        mock.Fallback.Throw(new InvalidOperationException("bug"));
        using var http = mock.ToHttpClient();
        using var request = Request();

        await Assert.ThrowsAsync<InvalidOperationException>(() => LeadsTransportErrors.SendAsync(http, Api, request, HttpCompletionOption.ResponseContentRead, Ct));
    }

    [Fact]
    public async Task ReadAsByteArrayAsync_ConnectionBreaksInBody_ThrowsTransport()
    {
        using var request = Request();
        using var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = new BrokenBodyContent(), RequestMessage = request };

        var exception = await Assert.ThrowsAsync<LeadsTransportException>(() => LeadsTransportErrors.ReadAsByteArrayAsync(Api, response, Ct));

        Assert.True(exception.RequestMayHaveReachedServer);
        Assert.Equal("/v1/leads", exception.RequestPath);
    }

    [Fact]
    public void Translate_LeadsException_IsReturnedUnchanged()
    {
        using var request = Request();
        var fromPipeline = LeadsTransportErrors.Map(Api, request, new HttpRequestException("reset"));

        Assert.Same(fromPipeline, LeadsTransportErrors.Translate(Api, request, fromPipeline, Ct));
    }

    [Fact]
    public async Task Translate_CallerCancelledButExceptionCarriesLinkedToken_CarriesCallerToken()
    {
        using var caller = new CancellationTokenSource();
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(caller.Token);
        await caller.CancelAsync();
        var observed = new TaskCanceledException("cancelled", null, linked.Token);

        var exception = Assert.IsType<TaskCanceledException>(LeadsTransportErrors.Translate(Api, null, observed, caller.Token));

        Assert.Equal(caller.Token, exception.CancellationToken);
        Assert.Same(observed, exception.InnerException);
    }

    [Fact]
    public async Task ReadJsonAsync_ConnectionBreaksInBody_ThrowsTransport()
    {
        using var request = Request();
        using var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = new BrokenBodyContent(), RequestMessage = request };
        var reader = new LeadsResponseReader(Api);

        await Assert.ThrowsAsync<LeadsTransportException>(() => reader.ReadJsonAsync(response, TestJsonContext.Default.BoolHolder, Ct));
    }

    // .NET quotes an invalid header line in its message; a hostile server can echo the request's credentials there.
    [Fact]
    public void Map_TransportMessageQuotesTheRequestsCredentials_EveryMessageInTheChainIsMasked()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "https://api.test/v1/leads");
        request.Headers.TryAddWithoutValidation("Authenticate", "Avala-Api jdoe:Tok3n-V4lue-42");
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer B3arer-T0ken-99");
        var failure = new HttpRequestException(
            HttpRequestError.InvalidResponse,
            "Received an invalid header line: 'X-Echo: jdoe:Tok3n-V4lue-42'.",
            new IOException("echo B3arer-T0ken-99"));

        var exception = LeadsTransportErrors.Map(Api, request, failure);

        var inner = Assert.IsType<HttpRequestException>(exception.InnerException);
        Assert.Equal(HttpRequestError.InvalidResponse, inner.HttpRequestError);
        Assert.IsType<IOException>(inner.InnerException);
        var text = exception.ToString();
        Assert.DoesNotContain("Tok3n-V4lue-42", text, StringComparison.Ordinal);
        Assert.DoesNotContain("B3arer-T0ken-99", text, StringComparison.Ordinal);
        Assert.Contains("Received an invalid header line", inner.Message, StringComparison.Ordinal);
    }
}
