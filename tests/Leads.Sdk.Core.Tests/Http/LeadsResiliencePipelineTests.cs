using System.Net;
using Leads.Sdk.Core.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using RichardSzalay.MockHttp;

namespace Leads.Sdk.Core.Tests.Http;

/// <summary>The retry rules end to end through DI, proven by counting the requests that reached the server.</summary>
public class LeadsResiliencePipelineTests
{
    private const string Url = TestServices.BaseUrl + "leads";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static ITestClient Client(ServiceProvider provider) => provider.GetRequiredService<ITestClient>();

    [Fact]
    public async Task Post_ServerError_IsSentOnceAndThrowsServerException()
    {
        var mockHttp = new MockHttpMessageHandler();
        var request = mockHttp.When(HttpMethod.Post, Url).Respond(HttpStatusCode.InternalServerError, "application/json", "{}");
        using var provider = TestServices.Build(mockHttp);

        var exception = await Assert.ThrowsAsync<LeadsServerException>(() => Client(provider).SendAsync(HttpMethod.Post, "leads", Token));

        Assert.Equal(1, mockHttp.GetMatchCount(request));
        Assert.Equal(HttpStatusCode.InternalServerError, exception.StatusCode);
        Assert.Equal("/v1/leads", exception.RequestPath);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Post_ConnectionBrokenAfterSending_IsSentOnceAndThrowsTransportException(bool asIOException)
    {
        var mockHttp = new MockHttpMessageHandler();
        Exception failure = asIOException
            ? new IOException("Connection reset by peer")
            : new HttpRequestException(HttpRequestError.ResponseEnded, "The response ended prematurely.");
        var request = mockHttp.When(HttpMethod.Post, Url).Throw(failure);
        using var provider = TestServices.Build(mockHttp);

        var exception = await Assert.ThrowsAsync<LeadsTransportException>(() => Client(provider).SendAsync(HttpMethod.Post, "leads", Token));

        Assert.Equal(1, mockHttp.GetMatchCount(request));
        Assert.True(exception.RequestMayHaveReachedServer);
        Assert.False(exception.IsTimeout);
        Assert.Same(failure, exception.InnerException);
        Assert.Null(exception.StatusCode);
    }

    [Fact]
    public async Task Post_ConnectionErrorThenSuccess_IsRetriedAndSucceeds()
    {
        var mockHttp = new MockHttpMessageHandler();
        var attempts = 0;
        var bodies = new List<string>();

        // A synchronous responder: MockHttp does not call an async responder again after it faulted.
        var request = mockHttp.When(HttpMethod.Post, Url).Respond(req =>
        {
            // The buffered body must be sent again, whole, on the retry.
            bodies.Add(req.Content!.ReadAsStringAsync().GetAwaiter().GetResult());
            if (Interlocked.Increment(ref attempts) == 1)
            {
                throw new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused");
            }

            return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("created") };
        });
        using var provider = TestServices.Build(mockHttp);

        var body = await Client(provider).SendAsync(HttpMethod.Post, "leads", Token);

        Assert.Equal("created", body);
        Assert.Equal(2, mockHttp.GetMatchCount(request));
        Assert.Equal(["name=Jane", "name=Jane"], bodies);
    }

    [Fact]
    public async Task Post_ConnectionErrorEveryTime_GivesUpAfterMaxRetriesAndSaysNotSent()
    {
        var mockHttp = new MockHttpMessageHandler();
        var request = mockHttp.When(HttpMethod.Post, Url).Throw(new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused"));
        using var provider = TestServices.Build(mockHttp, o => o.Resilience.MaxRetryAttempts = 2);

        var exception = await Assert.ThrowsAsync<LeadsTransportException>(() => Client(provider).SendAsync(HttpMethod.Post, "leads", Token));

        Assert.Equal(3, mockHttp.GetMatchCount(request));
        Assert.False(exception.RequestMayHaveReachedServer);
    }

    [Fact]
    public async Task Post_TooManyRequestsWithShortRetryAfter_WaitsAndRetries()
    {
        var mockHttp = new MockHttpMessageHandler();
        var attempts = 0;
        var request = mockHttp.When(HttpMethod.Post, Url).Respond(_ =>
        {
            if (Interlocked.Increment(ref attempts) == 1)
            {
                var throttled = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
                throttled.Headers.Add("Retry-After", "1");
                return throttled;
            }

            return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("ok") };
        });
        using var provider = TestServices.Build(mockHttp);

        var body = await Client(provider).SendAsync(HttpMethod.Post, "leads", Token);

        Assert.Equal("ok", body);
        Assert.Equal(2, mockHttp.GetMatchCount(request));
    }

    [Fact]
    public async Task Post_TooManyRequestsWithRetryAfterOverMax_IsNotRetriedAndThrowsRateLimited()
    {
        var mockHttp = new MockHttpMessageHandler();
        var request = mockHttp.When(HttpMethod.Post, Url).Respond(HttpStatusCode.TooManyRequests, [new("Retry-After", "120")], "text/plain", "slow down");
        using var provider = TestServices.Build(mockHttp, o => o.Resilience.MaxRetryAfter = TimeSpan.FromSeconds(30));

        var exception = await Assert.ThrowsAsync<LeadsRateLimitedException>(() => Client(provider).SendAsync(HttpMethod.Post, "leads", Token));

        Assert.Equal(1, mockHttp.GetMatchCount(request));
        Assert.Equal(TimeSpan.FromSeconds(120), exception.RetryAfter);
    }

    [Fact]
    public async Task Get_TooManyRequestsWithRetryAfterOverMax_IsNotRetried()
    {
        var mockHttp = new MockHttpMessageHandler();
        var request = mockHttp.When(HttpMethod.Get, Url).Respond(HttpStatusCode.TooManyRequests, [new("Retry-After", "120")], "text/plain", "slow down");
        using var provider = TestServices.Build(mockHttp, o => o.Resilience.MaxRetryAfter = TimeSpan.FromSeconds(30));

        await Assert.ThrowsAsync<LeadsRateLimitedException>(() => Client(provider).SendAsync(HttpMethod.Get, "leads", Token));

        Assert.Equal(1, mockHttp.GetMatchCount(request));
    }

    [Fact]
    public async Task Get_ServiceUnavailable_IsRetried()
    {
        var mockHttp = new MockHttpMessageHandler();
        var attempts = 0;
        var request = mockHttp.When(HttpMethod.Get, Url).Respond(_ => Interlocked.Increment(ref attempts) < 3
            ? new HttpResponseMessage(HttpStatusCode.ServiceUnavailable)
            : new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("[]") });
        using var provider = TestServices.Build(mockHttp);

        var body = await Client(provider).SendAsync(HttpMethod.Get, "leads", Token);

        Assert.Equal("[]", body);
        Assert.Equal(3, mockHttp.GetMatchCount(request));
    }

    [Fact]
    public async Task Get_ServiceUnavailableEveryTime_StopsAfterMaxRetries()
    {
        var mockHttp = new MockHttpMessageHandler();
        var request = mockHttp.When(HttpMethod.Get, Url).Respond(HttpStatusCode.ServiceUnavailable);
        using var provider = TestServices.Build(mockHttp, o => o.Resilience.MaxRetryAttempts = 2);

        await Assert.ThrowsAsync<LeadsServerException>(() => Client(provider).SendAsync(HttpMethod.Get, "leads", Token));

        Assert.Equal(3, mockHttp.GetMatchCount(request));
    }

    [Fact]
    public async Task Post_ServiceUnavailableWithoutRetryAfter_IsNotRetried()
    {
        var mockHttp = new MockHttpMessageHandler();
        var request = mockHttp.When(HttpMethod.Post, Url).Respond(HttpStatusCode.ServiceUnavailable);
        using var provider = TestServices.Build(mockHttp);

        await Assert.ThrowsAsync<LeadsServerException>(() => Client(provider).SendAsync(HttpMethod.Post, "leads", Token));

        Assert.Equal(1, mockHttp.GetMatchCount(request));
    }

    [Fact]
    public async Task Post_AttemptTimeout_IsNotRetriedAndThrowsTimeout()
    {
        var mockHttp = new MockHttpMessageHandler();
        using var hanging = new HangingHandler();
        var request = mockHttp.When(HttpMethod.Post, Url).Respond(hanging);
        using var provider = TestServices.Build(mockHttp, o => o.Resilience.AttemptTimeout = TimeSpan.FromMilliseconds(100));

        var exception = await Assert.ThrowsAsync<LeadsTransportException>(() => Client(provider).SendAsync(HttpMethod.Post, "leads", Token));

        Assert.Equal(1, mockHttp.GetMatchCount(request));
        Assert.True(exception.IsTimeout);
        Assert.True(exception.RequestMayHaveReachedServer);
    }

    [Fact]
    public async Task Get_AttemptTimeout_IsRetried()
    {
        var mockHttp = new MockHttpMessageHandler();
        using var hanging = new HangingHandler();
        var request = mockHttp.When(HttpMethod.Get, Url).Respond(hanging);
        using var provider = TestServices.Build(mockHttp, o =>
        {
            o.Resilience.AttemptTimeout = TimeSpan.FromMilliseconds(50);
            o.Resilience.MaxRetryAttempts = 1;
        });

        var exception = await Assert.ThrowsAsync<LeadsTransportException>(() => Client(provider).SendAsync(HttpMethod.Get, "leads", Token));

        Assert.Equal(2, mockHttp.GetMatchCount(request));
        Assert.True(exception.IsTimeout);
    }

    [Fact]
    public async Task Post_UserCancels_ThrowsOperationCanceled()
    {
        var mockHttp = new MockHttpMessageHandler();
        using var hanging = new HangingHandler();
        var request = mockHttp.When(HttpMethod.Post, Url).Respond(hanging);
        using var provider = TestServices.Build(mockHttp);
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(Token);

        // Cancel once the request hangs at the server, not after a guessed delay that a slow machine can outrun.
        var call = Client(provider).SendAsync(HttpMethod.Post, "leads", cancellation.Token);
        await hanging.Arrived.Task.WaitAsync(Token);
        await cancellation.CancelAsync();
        var exception = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);

        Assert.IsNotAssignableFrom<LeadsException>(exception);
        Assert.Equal(1, mockHttp.GetMatchCount(request));
    }

    [Fact]
    public async Task Get_ResponseOverMaxResponseBytes_ThrowsUnreadable()
    {
        var mockHttp = new MockHttpMessageHandler();
        var request = mockHttp.When(HttpMethod.Get, Url).Respond("application/json", "[" + new string(' ', 200) + "]");
        using var provider = TestServices.Build(mockHttp, o => o.MaxResponseBytes = 100);

        var exception = await Assert.ThrowsAsync<LeadsUnreadableResponseException>(() => Client(provider).SendAsync(HttpMethod.Get, "leads", Token));

        Assert.Equal(1, mockHttp.GetMatchCount(request));
        Assert.Contains("MaxResponseBytes", exception.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_ChunkedResponseOverMaxResponseBytes_ThrowsUnreadable()
    {
        var mockHttp = new MockHttpMessageHandler();
        mockHttp.When(HttpMethod.Get, Url).Respond(_ => new HttpResponseMessage(HttpStatusCode.OK) { Content = new UnknownLengthContent(100_000) });
        using var provider = TestServices.Build(mockHttp, o => o.MaxResponseBytes = 1000);

        await Assert.ThrowsAsync<LeadsUnreadableResponseException>(() => Client(provider).SendAsync(HttpMethod.Get, "leads", Token));
    }

    [Fact]
    public async Task Get_ResponseWithinMaxResponseBytes_IsReadWhole()
    {
        var mockHttp = new MockHttpMessageHandler();
        mockHttp.When(HttpMethod.Get, Url).Respond(_ => new HttpResponseMessage(HttpStatusCode.OK) { Content = new UnknownLengthContent(50_000) });
        using var provider = TestServices.Build(mockHttp, o => o.MaxResponseBytes = 50_000);

        var body = await Client(provider).SendAsync(HttpMethod.Get, "leads", Token);

        Assert.Equal(50_000, body.Length);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Post_BodyThatNeverEnds_ThrowsTimeoutInsidePipeline(bool withContentLength)
    {
        // The size cap buffers the body inside the pipeline (with or without Content-Length), so a body that stalls
        // counts against the attempt timeout; HttpClient's own timeout is off when the pipeline has one.
        var mockHttp = new MockHttpMessageHandler();
        var request = mockHttp.When(HttpMethod.Post, Url).Respond(_ => new HttpResponseMessage(HttpStatusCode.OK) { Content = new StalledContent(withContentLength) });
        using var provider = TestServices.Build(mockHttp, o => o.Resilience.AttemptTimeout = TimeSpan.FromMilliseconds(100));

        // Without the buffering inside the pipeline nothing would end the call: the caller gives up (and the test
        // fails) rather than hanging.
        using var caller = CancellationTokenSource.CreateLinkedTokenSource(Token);
        caller.CancelAfter(TimeSpan.FromSeconds(30));
        var exception = await Assert.ThrowsAsync<LeadsTransportException>(() => Client(provider).SendAsync(HttpMethod.Post, "leads", caller.Token));

        Assert.Equal(1, mockHttp.GetMatchCount(request));
        Assert.True(exception.IsTimeout);
    }

    [Fact]
    public async Task Get_ResponseWithContentLengthWithinMaxResponseBytes_IsReadWhole()
    {
        var mockHttp = new MockHttpMessageHandler();
        mockHttp.When(HttpMethod.Get, Url).Respond("application/json", "[" + new string(' ', 98) + "]");
        using var provider = TestServices.Build(mockHttp, o => o.MaxResponseBytes = 100);

        var body = await Client(provider).SendAsync(HttpMethod.Get, "leads", Token);

        Assert.Equal(100, body.Length);
    }

    /// <summary>A body that starts and then never finishes arriving, with or without a Content-Length, as a stalled connection's.</summary>
    private sealed class StalledContent(bool withContentLength) : HttpContent
    {
        protected override Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context)
            => SerializeToStreamAsync(stream, context, CancellationToken.None);

        protected override async Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context, CancellationToken cancellationToken)
        {
            using var body = new StalledStream();
            await body.CopyToAsync(stream, cancellationToken);
        }

        protected override Task<Stream> CreateContentReadStreamAsync() => Task.FromResult<Stream>(new StalledStream());

        protected override Task<Stream> CreateContentReadStreamAsync(CancellationToken cancellationToken) => CreateContentReadStreamAsync();

        protected override bool TryComputeLength(out long length)
        {
            length = 1000;
            return withContentLength;
        }
    }

    /// <summary>Returns a few bytes, then waits until cancelled.</summary>
    private sealed class StalledStream : Stream
    {
        private bool _started;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (!_started)
            {
                _started = true;
                "[1,"u8.CopyTo(buffer.Span);
                return 3;
            }

            await Task.Delay(Timeout.InfiniteTimeSpan, cancellationToken);
            return 0;
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
            => ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    [Fact]
    public async Task Get_ResilienceDisabled_IsNotRetried()
    {
        var mockHttp = new MockHttpMessageHandler();
        var request = mockHttp.When(HttpMethod.Get, Url).Respond(HttpStatusCode.ServiceUnavailable);
        using var provider = TestServices.Build(mockHttp, o => o.Resilience.Enabled = false);

        await Assert.ThrowsAsync<LeadsServerException>(() => Client(provider).SendAsync(HttpMethod.Get, "leads", Token));

        Assert.Equal(1, mockHttp.GetMatchCount(request));
    }
}
