using Leads.Sdk.Http;
using Polly.CircuitBreaker;
using RichardSzalay.MockHttp;

namespace Leads.Sdk.Core.Tests.Http;

public class TransportErrorHandlerTests
{
    private static async Task<Exception> Fail(Exception failure, CancellationToken cancellationToken)
    {
        var mockHttp = new MockHttpMessageHandler();
        mockHttp.Fallback.Throw(failure);
        using var invoker = new HttpMessageInvoker(new TransportErrorHandler(new LeadsApiDescriptor("TestApi")) { InnerHandler = mockHttp });
        using var request = new HttpRequestMessage(HttpMethod.Post, "https://api.test/v1/leads?token=abc123");
        return await Assert.ThrowsAnyAsync<Exception>(() => invoker.SendAsync(request, cancellationToken));
    }

    [Fact]
    public async Task SendAsync_NameResolutionFailed_ThrowsTransportNotSent()
    {
        var exception = Assert.IsType<LeadsTransportException>(await Fail(new HttpRequestException(HttpRequestError.NameResolutionError, "no such host"), TestContext.Current.CancellationToken));

        Assert.False(exception.RequestMayHaveReachedServer);
        Assert.False(exception.IsTimeout);
        Assert.Equal("/v1/leads", exception.RequestPath);
        Assert.DoesNotContain("abc123", exception.Message, StringComparison.Ordinal);
        Assert.Contains("not sent", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_CircuitOpen_ThrowsTransportNotSent()
    {
        var exception = Assert.IsType<LeadsTransportException>(await Fail(new BrokenCircuitException(), TestContext.Current.CancellationToken));

        Assert.False(exception.RequestMayHaveReachedServer);
        Assert.Contains("circuit breaker", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_CancelledWithoutCallerAskingForIt_ThrowsTimeout()
    {
        var exception = Assert.IsType<LeadsTransportException>(await Fail(new TaskCanceledException(), TestContext.Current.CancellationToken));

        Assert.True(exception.IsTimeout);
        Assert.True(exception.RequestMayHaveReachedServer);
    }

    [Fact]
    public async Task SendAsync_CallerCancelled_PassesCancellationThrough()
    {
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        var exception = await Fail(new OperationCanceledException(cancellation.Token), cancellation.Token);

        Assert.IsAssignableFrom<OperationCanceledException>(exception);
    }

    [Fact]
    public async Task SendAsync_OtherException_IsNotWrapped()
        => Assert.IsType<InvalidOperationException>(await Fail(new InvalidOperationException("bug"), TestContext.Current.CancellationToken));
}
