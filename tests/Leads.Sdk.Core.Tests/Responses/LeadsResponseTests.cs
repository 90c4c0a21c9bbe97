using System.Net;
using System.Text;

namespace Leads.Sdk.Core.Tests.Responses;

public class LeadsResponseTests
{
    [Fact]
    public void From_CopiesStatusResponseAndContentHeaders()
    {
        using var http = new HttpResponseMessage(HttpStatusCode.Created) { ReasonPhrase = "Created", Content = new StringContent("{}", Encoding.UTF8, "application/json") };
        http.Headers.TryAddWithoutValidation("X-Request-Id", "req-42");
        http.Headers.TryAddWithoutValidation("Warning", "199 - \"one\"");
        http.Headers.TryAddWithoutValidation("Warning", "199 - \"two\"");

        var response = LeadsResponse.From(http);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("Created", response.ReasonPhrase);
        Assert.Equal("req-42", response.RequestId);
        Assert.Equal(["199 - \"one\"", "199 - \"two\""], response.Headers["warning"]);
        Assert.Equal("application/json; charset=utf-8", response.GetHeaderValue("content-type"));
        Assert.Equal("201 Created (request id req-42)", response.ToString());
    }

    [Fact]
    public void From_MasksSecretsEchoedIntoHeaders()
    {
        using var http = new HttpResponseMessage(HttpStatusCode.Unauthorized);
        http.Headers.TryAddWithoutValidation("X-Echo", "Avala-Api user:s3cr3t-t0ken");

        var response = LeadsResponse.From(http, () => ["s3cr3t-t0ken"]);

        Assert.DoesNotContain("s3cr3t-t0ken", response.GetHeaderValue("x-echo"), StringComparison.Ordinal);
    }

    // Without the client's secrets (a caller that has none at hand) the values the redactor recognises by their shape
    // are still masked: an auth scheme's credential and a secret-named key's value.
    [Theory]
    [InlineData("X-Echo", "Avala-Api user:s3cr3t-t0ken")]
    [InlineData("X-Echo", "Bearer s3cr3t-t0ken")]
    [InlineData("X-Debug", "token=s3cr3t-t0ken")]
    [InlineData("X-Debug", "{\"api_key\":\"s3cr3t-t0ken\"}")]
    public void From_WithoutSecrets_StillMasksSecretShapedValues(string header, string value)
    {
        using var http = new HttpResponseMessage(HttpStatusCode.Unauthorized);
        http.Headers.TryAddWithoutValidation(header, value);

        var response = LeadsResponse.From(http, null);

        Assert.DoesNotContain("s3cr3t-t0ken", response.GetHeaderValue(header), StringComparison.Ordinal);
        Assert.Contains("***", response.GetHeaderValue(header), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Request-Id", "a")]
    [InlineData("X-Correlation-Id", "b")]
    [InlineData("CF-Ray", "c")]
    public void RequestId_ReadsTheCommonHeaders(string header, string value)
    {
        var response = new LeadsResponse(HttpStatusCode.OK, [new(header, value)]);

        Assert.Equal(value, response.RequestId);
    }

    [Fact]
    public void RequestId_IsNullWithoutAHeader()
    {
        var response = new LeadsResponse(HttpStatusCode.OK, [new("Content-Type", "text/plain")]);

        Assert.Null(response.RequestId);
        Assert.Equal("200 OK", response.ToString());
    }
}
