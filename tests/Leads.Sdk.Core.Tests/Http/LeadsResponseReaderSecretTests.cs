using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Leads.Sdk.Core.Tests.TestSupport;
using Leads.Sdk.Http;

namespace Leads.Sdk.Core.Tests.Http;

/// <summary>
/// A hostile server can put a credential into a typed field (a date, a boolean), and the parser's message quotes the
/// value: nothing reachable from the exception (messages, inner exceptions, ToString) may carry it.
/// </summary>
public class LeadsResponseReaderSecretTests
{
    private const string Secret = "tok\"<en>&+/é-9";
    private static readonly LeadsApiDescriptor Api = new("TestApi", null);

    private static LeadsResponseReader Reader() => new(Api, () => [Secret]);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static HttpResponseMessage Response(byte[] body, bool unbuffered = false)
    {
        HttpContent content = unbuffered ? new StreamContent(new ForwardOnlyStream(body, null)) : new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return new HttpResponseMessage(HttpStatusCode.OK)
        {
            RequestMessage = new HttpRequestMessage(HttpMethod.Get, "https://api.example.test/v1/leads(1)"),
            Content = content,
        };
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ReadJsonAsync_SecretInADateField_NoTextOfTheExceptionQuotesIt(bool unbuffered)
    {
        using var response = Response(Encoding.UTF8.GetBytes("{\"Value\":" + JsonSerializer.Serialize(Secret) + "}"), unbuffered);

        var exception = await Assert.ThrowsAsync<LeadsUnreadableResponseException>(
            () => Reader().ReadJsonAsync(response, TestJsonContext.Default.DateTimeOffsetHolder, Token));

        var inner = Assert.IsType<JsonException>(exception.InnerException);
        Assert.Contains("'***' is not a date", inner.Message, StringComparison.Ordinal);
        Assert.Equal("$.Value", inner.Path);
        AssertNowhere(exception);
    }

    [Fact]
    public void ReadBody_ParserQuotesTheSecretTwoLevelsDown_EveryLevelIsMasked()
    {
        using var response = Response("{\"isValidPost\":\"x\"}"u8.ToArray());

        var exception = Assert.Throws<LeadsUnreadableResponseException>(() => Reader().ReadBody<int, int>(
            response,
            "{\"isValidPost\":\"x\"}"u8.ToArray(),
            "JSON",
            0,
            static (_, _) => throw new InvalidOperationException(
                "Mapping failed.", new FormatException($"'isValidPost' is not a boolean: '{Secret}'."))));

        var outer = Assert.IsType<InvalidOperationException>(exception.InnerException);
        var cause = Assert.IsType<FormatException>(outer.InnerException);
        Assert.Equal("'isValidPost' is not a boolean: '***'.", cause.Message);
        AssertNowhere(exception);
    }

    [Fact]
    public void ReadBody_ParserMessageWithoutSecret_KeepsTheParserException()
    {
        using var response = Response("{}"u8.ToArray());
        var thrown = new FormatException("'isValidPost' is missing.");

        var exception = Assert.Throws<LeadsUnreadableResponseException>(
            () => Reader().ReadBody<int, FormatException>(response, "{}"u8.ToArray(), "JSON", thrown, static (_, e) => throw e));

        Assert.Same(thrown, exception.InnerException);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ReadJsonAsync_InvalidUtf8InAStringValue_ThrowsUnreadable(bool unbuffered)
    {
        // 0xFF is never valid in UTF-8; a decoder would have turned it into U+FFFD and read "D-\uFFFD1".
        using var response = Response([.. "{\"DealerNumber\":\"D-"u8, 0xFF, .. "1\"}"u8], unbuffered);

        var exception = await Assert.ThrowsAsync<LeadsUnreadableResponseException>(
            () => Reader().ReadJsonAsync(response, TestJsonContext.Default.Dealer, Token));

        Assert.Contains("not valid UTF-8", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ReadJsonAsync_InvalidUtf8InAnIgnoredValue_ThrowsUnreadable(bool unbuffered)
    {
        using var response = Response([.. "{\"Other\":\""u8, 0xC3, 0x28, .. "\",\"DealerNumber\":\"D-1\"}"u8], unbuffered);

        await Assert.ThrowsAsync<LeadsUnreadableResponseException>(
            () => Reader().ReadJsonAsync(response, TestJsonContext.Default.Dealer, Token));
    }

    [Fact]
    public void ReadBody_InvalidUtf8_ThrowsUnreadableBeforeParsing()
    {
        byte[] body = [.. "<Response>"u8, 0xE2, 0x82, .. "</Response>"u8];
        using var response = Response(body);
        var parsed = false;

        var exception = Assert.Throws<LeadsUnreadableResponseException>(
            () => Reader().ReadBody<bool, int>(response, body, "XML", 0, (_, _) => parsed = true));

        Assert.False(parsed);
        Assert.Contains("not valid UTF-8", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadJsonAsync_Utf8WithByteOrderMarkAndNonAscii_IsRead()
    {
        using var response = Response([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("{\"DealerNumber\":\"Zoë 東京 🚤\"}")], unbuffered: true);

        var dealer = await Reader().ReadJsonAsync(response, TestJsonContext.Default.Dealer, Token);

        Assert.Equal("Zoë 東京 🚤", dealer.DealerNumber);
    }

    private static void AssertNowhere(LeadsRequestException exception)
    {
        var texts = new List<string> { exception.ToString(), exception.Details.ToString() };
        for (Exception? e = exception; e is not null; e = e.InnerException)
        {
            texts.Add(e.Message);
            texts.Add(e.ToString());
        }

        foreach (var form in new[] { Secret, JsonEncodedText.Encode(Secret).ToString(), Secret[..6] })
        {
            Assert.DoesNotContain(texts, t => t.Contains(form, StringComparison.Ordinal));
        }
    }
}
