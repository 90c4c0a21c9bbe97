using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Xml;
using Leads.Sdk.Core.Tests.TestSupport;
using Leads.Sdk.Http;

namespace Leads.Sdk.Core.Tests.Http;

public class LeadsResponseReaderTests
{
    private const string Secret = "hunter2-secret";
    private static readonly LeadsApiDescriptor Api = new("TestApi", ParseError);

    private static ApiErrorBody ParseError(string body, string? mediaType)
    {
        using var document = JsonDocument.Parse(body);
        var error = document.RootElement.GetProperty("error");
        return new ApiErrorBody(error.GetProperty("code").GetString(), error.GetProperty("message").GetString());
    }

    private static LeadsResponseReader Reader() => new(Api, () => [Secret]);

    private static HttpResponseMessage Response(HttpStatusCode status, string? body = null, string mediaType = "application/json", HttpMethod? method = null)
        => new(status)
        {
            RequestMessage = new HttpRequestMessage(method ?? HttpMethod.Post, "https://api.example.test/v1/leads?token=abc123&user=bob"),
            Content = body is null ? new ByteArrayContent([]) : new StringContent(body, Encoding.UTF8, mediaType),
        };

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static void AssertCall(LeadsRequestException exception, HttpStatusCode status)
    {
        Assert.Equal(status, exception.StatusCode);
        Assert.Equal("POST", exception.Method);
        Assert.Equal("/v1/leads", exception.RequestPath);
        Assert.Equal("TestApi", exception.Details.ApiName);
        Assert.DoesNotContain("abc123", exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("token", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EnsureSuccessAsync_HtmlBadGatewayPage_ThrowsServerExceptionWithCallAndExcerpt()
    {
        using var response = Response(HttpStatusCode.BadGateway, "<html><body><h1>502 Bad Gateway</h1></body></html>", "text/html");

        var exception = await Assert.ThrowsAsync<LeadsServerException>(() => Reader().EnsureSuccessAsync(response, Token));

        AssertCall(exception, HttpStatusCode.BadGateway);
        Assert.Null(exception.ErrorCode);
        Assert.Contains("502 Bad Gateway", exception.ResponseBodyExcerpt, StringComparison.Ordinal);
        Assert.StartsWith("TestApi POST /v1/leads failed: 502 BadGateway.", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadJsonAsync_HtmlPageWithSuccessStatus_ThrowsUnreadable()
    {
        using var response = Response(HttpStatusCode.OK, "<html>maintenance</html>", "text/html");

        var exception = await Assert.ThrowsAsync<LeadsUnreadableResponseException>(() => Reader().ReadJsonAsync(response, TestJsonContext.Default.Dealer, Token));

        AssertCall(exception, HttpStatusCode.OK);
        Assert.Contains("HTML", exception.ErrorMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(HttpStatusCode.Unauthorized)]
    [InlineData(HttpStatusCode.Forbidden)]
    public async Task EnsureSuccessAsync_AuthenticationStatus_ThrowsAuthenticationException(HttpStatusCode status)
    {
        using var response = Response(status, "{\"error\":{\"code\":\"AUTH\",\"message\":\"bad credentials\"}}");

        var exception = await Assert.ThrowsAsync<LeadsAuthenticationException>(() => Reader().EnsureSuccessAsync(response, Token));

        AssertCall(exception, status);
    }

    [Fact]
    public async Task EnsureSuccessAsync_NotFound_ThrowsNotFoundException()
    {
        using var response = Response(HttpStatusCode.NotFound, "{}");

        var exception = await Assert.ThrowsAsync<LeadsNotFoundException>(() => Reader().EnsureSuccessAsync(response, Token));

        AssertCall(exception, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task EnsureSuccessAsync_TooManyRequestsWithRetryAfter_ThrowsRateLimitedWithRetryAfter()
    {
        using var response = Response(HttpStatusCode.TooManyRequests, "slow down", "text/plain");
        response.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(42));

        var exception = await Assert.ThrowsAsync<LeadsRateLimitedException>(() => Reader().EnsureSuccessAsync(response, Token));

        AssertCall(exception, HttpStatusCode.TooManyRequests);
        Assert.Equal(TimeSpan.FromSeconds(42), exception.RetryAfter);
    }

    [Fact]
    public async Task EnsureSuccessAsync_OtherClientError_ThrowsBaseApiException()
    {
        using var response = Response(HttpStatusCode.BadRequest, "{\"error\":{\"code\":\"E_DUPLICATE\",\"message\":\"Lead already exists\"}}");

        var exception = await Assert.ThrowsAsync<LeadsApiException>(() => Reader().EnsureSuccessAsync(response, Token));

        Assert.Equal(typeof(LeadsApiException), exception.GetType());
        AssertCall(exception, HttpStatusCode.BadRequest);
        Assert.Equal("E_DUPLICATE", exception.ErrorCode);
        Assert.Equal("Lead already exists", exception.ErrorMessage);
        Assert.Contains("Error code: E_DUPLICATE. Lead already exists", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EnsureSuccessAsync_ErrorBodyTheParserCannotRead_StillThrowsTypedException()
    {
        using var response = Response(HttpStatusCode.InternalServerError, "{not json", "application/json");

        var exception = await Assert.ThrowsAsync<LeadsServerException>(() => Reader().EnsureSuccessAsync(response, Token));

        Assert.Null(exception.ErrorCode);
        Assert.Equal("{not json", exception.ResponseBodyExcerpt);
    }

    [Fact]
    public async Task EnsureSuccessAsync_SecretInErrorBody_IsMaskedEverywhere()
    {
        var body = $"{{\"error\":{{\"code\":\"AUTH\",\"message\":\"user bob with password {Secret} refused\"}},\"password\":\"other\"}}";
        using var response = Response(HttpStatusCode.BadRequest, body);

        var exception = await Assert.ThrowsAsync<LeadsApiException>(() => Reader().EnsureSuccessAsync(response, Token));

        Assert.DoesNotContain(Secret, exception.ResponseBodyExcerpt, StringComparison.Ordinal);
        Assert.DoesNotContain("other", exception.ResponseBodyExcerpt, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, exception.ErrorMessage, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, exception.Message, StringComparison.Ordinal);
        Assert.Contains("password ***", exception.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EnsureSuccessAsync_Success_DoesNotThrow()
    {
        using var response = Response(HttpStatusCode.NoContent);

        await Reader().EnsureSuccessAsync(response, Token);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(" \r\n ")]
    public async Task ReadJsonAsync_EmptyBody_ThrowsUnreadable(string? body)
    {
        using var response = Response(HttpStatusCode.OK, body);

        var exception = await Assert.ThrowsAsync<LeadsUnreadableResponseException>(() => Reader().ReadJsonAsync(response, TestJsonContext.Default.Dealer, Token));

        AssertCall(exception, HttpStatusCode.OK);
        Assert.Contains("empty", exception.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadJsonAsync_TruncatedJson_ThrowsUnreadableWrappingJsonException()
    {
        using var response = Response(HttpStatusCode.OK, "{\"DealerNumber\":\"D-");

        var exception = await Assert.ThrowsAsync<LeadsUnreadableResponseException>(() => Reader().ReadJsonAsync(response, TestJsonContext.Default.Dealer, Token));

        Assert.IsAssignableFrom<JsonException>(exception.InnerException);
        Assert.Equal("{\"DealerNumber\":\"D-", exception.ResponseBodyExcerpt);
    }

    [Fact]
    public async Task ReadJsonAsync_JsonNull_ThrowsUnreadable()
    {
        using var response = Response(HttpStatusCode.OK, "null");

        await Assert.ThrowsAsync<LeadsUnreadableResponseException>(() => Reader().ReadJsonAsync(response, TestJsonContext.Default.Dealer, Token));
    }

    [Fact]
    public async Task ReadJsonAsync_ValidJson_ReturnsValue()
    {
        using var response = Response(HttpStatusCode.OK, "{\"DealerNumber\":\"D-1\"}");

        var dealer = await Reader().ReadJsonAsync(response, TestJsonContext.Default.Dealer, Token);

        Assert.Equal("D-1", dealer.DealerNumber);
    }

    private static HttpResponseMessage UnbufferedResponse(string body, int? failAfter = null, string mediaType = "application/json")
    {
        var content = new StreamContent(new ForwardOnlyStream(Encoding.UTF8.GetBytes(body), failAfter));
        content.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
        return new HttpResponseMessage(HttpStatusCode.OK)
        {
            RequestMessage = new HttpRequestMessage(HttpMethod.Post, "https://api.example.test/v1/leads?token=abc123&user=bob"),
            Content = content,
        };
    }

    [Fact]
    public async Task ReadJsonAsync_UnbufferedValidJson_ReturnsValue()
    {
        using var response = UnbufferedResponse("{\"DealerNumber\":\"D-1\",\"Padding\":\"" + new string('x', 100_000) + "\"}");

        var dealer = await Reader().ReadJsonAsync(response, TestJsonContext.Default.Dealer, Token);

        Assert.Equal("D-1", dealer.DealerNumber);
    }

    [Fact]
    public async Task ReadJsonAsync_UnbufferedTruncatedJson_ThrowsUnreadableWithRedactedExcerpt()
    {
        var body = "{\"DealerNumber\":\"" + Secret + "\",\"Padding\":\"" + new string('x', 100_000);
        using var response = UnbufferedResponse(body);

        var exception = await Assert.ThrowsAsync<LeadsUnreadableResponseException>(() => Reader().ReadJsonAsync(response, TestJsonContext.Default.Dealer, Token));

        AssertCall(exception, HttpStatusCode.OK);
        Assert.IsAssignableFrom<JsonException>(exception.InnerException);
        Assert.StartsWith("{\"DealerNumber\":\"***\",\"Padding\":\"xxx", exception.ResponseBodyExcerpt, StringComparison.Ordinal);
        Assert.EndsWith("…[truncated]", exception.ResponseBodyExcerpt, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" \r\n ")]
    public async Task ReadJsonAsync_UnbufferedEmptyBody_ThrowsUnreadableEmpty(string body)
    {
        using var response = UnbufferedResponse(body);

        var exception = await Assert.ThrowsAsync<LeadsUnreadableResponseException>(() => Reader().ReadJsonAsync(response, TestJsonContext.Default.Dealer, Token));

        Assert.Contains("empty", exception.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadJsonAsync_UnbufferedHtmlPage_ThrowsUnreadableWithExcerpt()
    {
        using var response = UnbufferedResponse("<html>maintenance</html>", mediaType: "text/html");

        var exception = await Assert.ThrowsAsync<LeadsUnreadableResponseException>(() => Reader().ReadJsonAsync(response, TestJsonContext.Default.Dealer, Token));

        Assert.Contains("HTML", exception.ErrorMessage, StringComparison.Ordinal);
        Assert.Equal("<html>maintenance</html>", exception.ResponseBodyExcerpt);
    }

    [Fact]
    public async Task ReadJsonAsync_UnbufferedBodyBreaksOff_ThrowsTransportException()
    {
        using var response = UnbufferedResponse("{\"DealerNumber\":\"D-1\",\"Padding\":\"" + new string('x', 50_000) + "\"}", failAfter: 20_000);

        var exception = await Assert.ThrowsAsync<LeadsTransportException>(() => Reader().ReadJsonAsync(response, TestJsonContext.Default.Dealer, Token));

        Assert.True(exception.RequestMayHaveReachedServer);
        Assert.IsType<IOException>(Assert.IsType<HttpRequestException>(exception.InnerException).InnerException);
    }

    [Fact]
    public async Task ReadJsonAsync_ErrorStatus_ThrowsTypedExceptionNotUnreadable()
    {
        using var response = Response(HttpStatusCode.ServiceUnavailable, "{\"error\":{\"code\":\"DOWN\",\"message\":\"maintenance\"}}");

        var exception = await Assert.ThrowsAsync<LeadsServerException>(() => Reader().ReadJsonAsync(response, TestJsonContext.Default.Dealer, Token));

        Assert.Equal("DOWN", exception.ErrorCode);
    }

    [Fact]
    public async Task ReadJsonAsync_CustomParserThrowsKeyNotFound_ThrowsUnreadableWrappingIt()
    {
        using var response = Response(HttpStatusCode.OK, "{}");

        var exception = await Assert.ThrowsAsync<LeadsUnreadableResponseException>(
            () => Reader().ReadJsonAsync<string>(response, _ => throw new KeyNotFoundException("id"), Token));

        Assert.IsType<KeyNotFoundException>(exception.InnerException);
    }

    [Fact]
    public async Task ReadXmlAsync_DocumentWithDtd_ThrowsUnreadableWrappingXmlException()
    {
        using var response = Response(HttpStatusCode.OK, "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><r>&x;</r>", "application/xml");

        var exception = await Assert.ThrowsAsync<LeadsUnreadableResponseException>(() => Reader().ReadXmlAsync(response, d => d.Root!.Value, Token));

        Assert.IsType<XmlException>(exception.InnerException);
        Assert.Contains("XML", exception.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadXmlAsync_ValidXml_ParsesDocument()
    {
        using var response = Response(HttpStatusCode.OK, "<lead><id>17</id></lead>", "application/xml");

        var id = await Reader().ReadXmlAsync(response, d => int.Parse(d.Root!.Element("id")!.Value, System.Globalization.CultureInfo.InvariantCulture), Token);

        Assert.Equal(17, id);
    }

    [Fact]
    public async Task ReadXmlAsync_WrongShape_ThrowsUnreadable()
    {
        using var response = Response(HttpStatusCode.OK, "<lead><id>x</id></lead>", "application/xml");

        var exception = await Assert.ThrowsAsync<LeadsUnreadableResponseException>(
            () => Reader().ReadXmlAsync(response, d => int.Parse(d.Root!.Element("id")!.Value, System.Globalization.CultureInfo.InvariantCulture), Token));

        Assert.IsType<FormatException>(exception.InnerException);
    }

    [Fact]
    public void CreateException_RequestWithRelativeUri_UsesItsPathWithoutQuery()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.NotFound)
        {
            RequestMessage = new HttpRequestMessage(HttpMethod.Get, new Uri("leads/7?token=abc123", UriKind.Relative)),
        };

        var exception = Reader().CreateException(response, null);

        Assert.IsType<LeadsNotFoundException>(exception);
        Assert.Equal("leads/7", exception.RequestPath);
        Assert.Equal("GET", exception.Method);
    }
}
