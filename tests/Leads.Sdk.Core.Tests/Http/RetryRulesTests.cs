using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using Leads.Sdk.Http;
using Microsoft.Extensions.Time.Testing;
using Polly;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Leads.Sdk.Core.Tests.Http;

public class RetryRulesTests
{
    private static readonly TimeSpan MaxRetryAfter = TimeSpan.FromSeconds(60);

    private static bool ShouldRetry(HttpStatusCode status, HttpMethod method, string? retryAfter = null)
    {
        using var response = new HttpResponseMessage(status);
        if (retryAfter is not null)
        {
            response.Headers.Add("Retry-After", retryAfter);
        }

        return RetryRules.ShouldRetry(Outcome.FromResult(response), method, MaxRetryAfter);
    }

    private static bool ShouldRetry(Exception exception, HttpMethod method)
        => RetryRules.ShouldRetry(Outcome.FromException<HttpResponseMessage>(exception), method, MaxRetryAfter);

    [Theory]
    [InlineData("GET", true)]
    [InlineData("HEAD", true)]
    [InlineData("OPTIONS", true)]
    [InlineData("PUT", true)]
    [InlineData("DELETE", true)]
    [InlineData("TRACE", true)]
    [InlineData("POST", false)]
    [InlineData("PATCH", false)]
    public void IsIdempotent_Method_ReportsIdempotency(string method, bool expected)
        => Assert.Equal(expected, RetryRules.IsIdempotent(new HttpMethod(method)));

    [Fact]
    public void IsIdempotent_Null_ReturnsFalse()
        => Assert.False(RetryRules.IsIdempotent(null));

    public static TheoryData<Exception, bool> Failures => new()
    {
        { new HttpRequestException(HttpRequestError.ConnectionError, "refused"), true },
        { new HttpRequestException(HttpRequestError.NameResolutionError, "dns"), true },
        { new HttpRequestException(HttpRequestError.SecureConnectionError, "tls"), true },
        { new HttpRequestException("wrapped", new SocketException((int)SocketError.ConnectionRefused)), true },
        { new HttpRequestException("wrapped", new SocketException((int)SocketError.HostNotFound)), true },
        { new BrokenCircuitException(), true },
        { new HttpRequestException(HttpRequestError.ResponseEnded, "ended"), false },
        { new HttpRequestException("reset", new IOException("reset", new SocketException((int)SocketError.ConnectionReset))), false },
        { new IOException("broken pipe"), false },
        { new TimeoutRejectedException(), false },
        { new TaskCanceledException(), false },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public void ProvesRequestNotSent_Failure_ReportsWhetherRequestNeverLeft(Exception exception, bool expected)
        => Assert.Equal(expected, RetryRules.ProvesRequestNotSent(exception));

    [Fact]
    public void ShouldRetry_PostFailures_RetriesOnlyWhenProvablyNotSent()
    {
        Assert.True(ShouldRetry(new HttpRequestException(HttpRequestError.ConnectionError, "refused"), HttpMethod.Post));
        Assert.True(ShouldRetry(new HttpRequestException(HttpRequestError.NameResolutionError, "dns"), HttpMethod.Post));
        Assert.False(ShouldRetry(new HttpRequestException(HttpRequestError.ResponseEnded, "ended"), HttpMethod.Post));
        Assert.False(ShouldRetry(new IOException("reset"), HttpMethod.Post));
        Assert.False(ShouldRetry(new TimeoutRejectedException(), HttpMethod.Post));
        Assert.False(ShouldRetry(new HttpRequestException("unknown"), HttpMethod.Patch));
    }

    [Fact]
    public void ShouldRetry_GetTransportFailures_Retries()
    {
        Assert.True(ShouldRetry(new HttpRequestException(HttpRequestError.ResponseEnded, "ended"), HttpMethod.Get));
        Assert.True(ShouldRetry(new IOException("reset"), HttpMethod.Get));
        Assert.True(ShouldRetry(new TimeoutRejectedException(), HttpMethod.Get));
    }

    [Fact]
    public void ShouldRetry_BrokenCircuit_DoesNotRetry()
        => Assert.False(ShouldRetry(new BrokenCircuitException(), HttpMethod.Get));

    [Fact]
    public void ShouldRetry_OtherException_DoesNotRetry()
        => Assert.False(ShouldRetry(new InvalidOperationException(), HttpMethod.Get));

    [Theory]
    [InlineData(HttpStatusCode.InternalServerError)]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    [InlineData(HttpStatusCode.GatewayTimeout)]
    [InlineData(HttpStatusCode.RequestTimeout)]
    [InlineData(HttpStatusCode.TooManyRequests)]
    public void ShouldRetry_TransientStatus_RetriesGetButNotPost(HttpStatusCode status)
    {
        Assert.True(ShouldRetry(status, HttpMethod.Get));
        Assert.False(ShouldRetry(status, HttpMethod.Post));
    }

    [Theory]
    [InlineData(HttpStatusCode.OK)]
    [InlineData(HttpStatusCode.BadRequest)]
    [InlineData(HttpStatusCode.Unauthorized)]
    [InlineData(HttpStatusCode.NotFound)]
    [InlineData(HttpStatusCode.NotImplemented)]
    public void ShouldRetry_NonTransientStatus_DoesNotRetry(HttpStatusCode status)
        => Assert.False(ShouldRetry(status, HttpMethod.Get));

    [Theory]
    [InlineData(HttpStatusCode.TooManyRequests)]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    public void ShouldRetry_RetryAfterWithinMax_RetriesEvenPost(HttpStatusCode status)
        => Assert.True(ShouldRetry(status, HttpMethod.Post, "5"));

    [Theory]
    [InlineData("GET")]
    [InlineData("POST")]
    public void ShouldRetry_RetryAfterOverMax_DoesNotRetry(string method)
        => Assert.False(ShouldRetry(HttpStatusCode.TooManyRequests, new HttpMethod(method), "61"));

    [Fact]
    public void ShouldRetry_RetryAfterOn500_IsIgnoredForPost()
        => Assert.False(ShouldRetry(HttpStatusCode.InternalServerError, HttpMethod.Post, "1"));

    [Fact]
    public void GetRetryAfter_Seconds_ReturnsDelta()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        response.Headers.Add("Retry-After", "7");

        Assert.Equal(TimeSpan.FromSeconds(7), RetryRules.GetRetryAfter(response));
    }

    [Fact]
    public void GetRetryAfter_Date_ReturnsWaitFromClock()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 12, 0, 0, TimeSpan.Zero));
        using var response = new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);
        response.Headers.RetryAfter = new RetryConditionHeaderValue(new DateTimeOffset(2026, 1, 1, 12, 0, 30, TimeSpan.Zero));

        Assert.Equal(TimeSpan.FromSeconds(30), RetryRules.GetRetryAfter(response, clock));
    }

    [Fact]
    public void GetRetryAfter_DateInPast_ReturnsZero()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 12, 0, 0, TimeSpan.Zero));
        using var response = new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);
        response.Headers.RetryAfter = new RetryConditionHeaderValue(new DateTimeOffset(2026, 1, 1, 11, 0, 0, TimeSpan.Zero));

        Assert.Equal(TimeSpan.Zero, RetryRules.GetRetryAfter(response, clock));
    }

    [Fact]
    public void GetRetryAfter_NoHeaderOrNoResponse_ReturnsNull()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);

        Assert.Null(RetryRules.GetRetryAfter(response));
        Assert.Null(RetryRules.GetRetryAfter(null));
    }
}
