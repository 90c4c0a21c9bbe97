using System.Net;
using System.Text;
using RichardSzalay.MockHttp;

namespace Leads.Sdk.Aimbase.Tests;

public sealed class AimbaseClientRawResponseTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CreateLeadsAsync_Success_ResultCarriesStatusHeadersAndRequestId()
    {
        using var mock = new MockHttpMessageHandler();
        mock.When(HttpMethod.Post, "*").Respond(_ => Created(TestData.SuccessJson("a"), ("X-Request-Id", "req-42")));

        var result = await TestData.Client(mock).CreateLeadsAsync([TestData.ValidLead("a")], cancellationToken: Ct);

        Assert.NotNull(result.RawResponse);
        Assert.Equal(HttpStatusCode.Created, result.RawResponse.StatusCode);
        Assert.Equal("req-42", result.RawResponse.RequestId);
        Assert.Equal("application/json; charset=utf-8", result.RawResponse.GetHeaderValue("Content-Type"));
    }

    [Fact]
    public async Task CreateLeadsAsync_Success_EachSentLeadsResultCarriesTheSameResponse()
    {
        using var mock = new MockHttpMessageHandler();
        mock.When(HttpMethod.Post, "*").Respond(_ => Created(TestData.SuccessJson("a"), ("X-Request-Id", "req-42")));
        var options = TestData.Options();
        options.InvalidLeadHandling = AimbaseInvalidLeadHandling.SendValidLeads;
        var invalid = TestData.ValidLead("b");
        invalid.LastName = null;

        var result = await TestData.Client(mock, options).CreateLeadsAsync([TestData.ValidLead("a"), invalid], cancellationToken: Ct);

        Assert.Equal("req-42", result.Leads[0].RawResponse?.RequestId);
        Assert.Null(result.Leads[1].RawResponse);
    }

    [Fact]
    public async Task CreateLeadsAsync_HeaderEchoesTheToken_RawResponseMasksIt()
    {
        using var mock = new MockHttpMessageHandler();
        mock.When(HttpMethod.Post, "*").Respond(_ => Created(TestData.SuccessJson("a"), ("X-Echo", "seen " + TestData.ExpectedAuthenticate)));

        var result = await TestData.Client(mock).CreateLeadsAsync([TestData.ValidLead("a")], cancellationToken: Ct);

        var echoed = result.RawResponse!.GetHeaderValue("X-Echo");
        Assert.NotNull(echoed);
        Assert.StartsWith("seen ", echoed, StringComparison.Ordinal);
        Assert.DoesNotContain(TestData.Token, echoed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateLeadsAsync_NothingSent_RawResponseIsNull()
    {
        using var mock = new MockHttpMessageHandler();
        var options = TestData.Options();
        options.InvalidLeadHandling = AimbaseInvalidLeadHandling.SendValidLeads;
        var invalid = TestData.ValidLead("a");
        invalid.LastName = null;

        var result = await TestData.Client(mock, options).CreateLeadsAsync([invalid], cancellationToken: Ct);

        Assert.Null(result.RawResponse);
        Assert.True(Assert.Single(result.Leads).IsClientSideFailure);
    }

    private static HttpResponseMessage Created(string body, (string Name, string Value) header)
    {
        var response = new HttpResponseMessage(HttpStatusCode.Created) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        response.Headers.TryAddWithoutValidation(header.Name, header.Value);
        return response;
    }
}
