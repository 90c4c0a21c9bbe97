using System.Net;
using System.Text;
using Leads.Sdk.Aimbase.OData.Models;
using Leads.Sdk.Aimbase.OData.Query;
using RichardSzalay.MockHttp;

namespace Leads.Sdk.Aimbase.OData.Tests;

public sealed class CountLeadsTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CountLeadsAsync_Filter_SendsTopZeroAndCountWithLiteralDollarKeys()
    {
        using var mock = new MockHttpMessageHandler();
        string? sent = null;
        mock.When("*").Respond(request =>
        {
            sent = request.RequestUri!.AbsoluteUri;
            return Json("""{"@odata.context":"https://acme.aimbase.com/odata/V2/$metadata#Leads","@odata.count":42,"value":[]}""");
        });

        var result = await TestClient.Create(mock).CountLeadsAsync(ODataFilter.FromExpression<AimbaseODataLead>(l => l.Medium == "Web & Print"), Token);

        Assert.Equal(42, result.Count);
        Assert.Equal("https://acme.aimbase.com/odata/V2/Leads?$filter=Medium%20eq%20'Web%20%26%20Print'&$top=0&$count=true", sent);
    }

    [Fact]
    public async Task CountLeadsAsync_NoFilter_CountsAllLeads()
    {
        using var mock = new MockHttpMessageHandler();
        mock.Expect(HttpMethod.Get, TestClient.Base + "odata/V2/Leads").WithExactQueryString("$top=0&$count=true")
            .Respond("application/json", """{"@odata.count":3000,"value":[]}""");

        var result = await TestClient.Create(mock).CountLeadsAsync(cancellationToken: Token);

        Assert.Equal(3000, result.Count);
        mock.VerifyNoOutstandingExpectation();
    }

    [Theory]
    [InlineData("""{"@count":7,"value":[]}""")]
    [InlineData("""{"odata.count":"7","value":[]}""")]
    public async Task CountLeadsAsync_OtherCountAnnotations_AreRead(string body)
    {
        using var mock = new MockHttpMessageHandler();
        mock.When("*").Respond("application/json", body);

        var result = await TestClient.Create(mock).CountLeadsAsync(cancellationToken: Token);

        Assert.Equal(7, result.Count);
    }

    [Fact]
    public async Task CountLeadsAsync_AnswerWithoutCount_ThrowsUnreadable()
    {
        using var mock = new MockHttpMessageHandler();
        mock.When("*").Respond("application/json", """{"value":[]}""");

        var exception = await Assert.ThrowsAsync<LeadsUnreadableResponseException>(() => TestClient.Create(mock).CountLeadsAsync(cancellationToken: Token));

        Assert.Contains("@odata.count", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CountLeadsAsync_Success_ReturnsRawResponse()
    {
        using var mock = new MockHttpMessageHandler();
        mock.When("*").Respond(_ =>
        {
            var response = Json("""{"@odata.count":1,"value":[]}""");
            response.Headers.Add("X-Request-Id", "req-77");
            return response;
        });

        var result = await TestClient.Create(mock).CountLeadsAsync(cancellationToken: Token);

        Assert.Equal(HttpStatusCode.OK, result.RawResponse!.StatusCode);
        Assert.Equal("req-77", result.RawResponse.RequestId);
    }

    [Fact]
    public async Task ListLeadsAsync_TopZeroWithCount_RequestsOnePageCarryingTheCount()
    {
        using var mock = new MockHttpMessageHandler();
        mock.Expect(HttpMethod.Get, TestClient.Base + "odata/V2/Leads").WithExactQueryString("$top=0&$count=true")
            .Respond("application/json", """{"@odata.count":2500,"value":[]}""");

        var pages = new List<(int Values, long? Count)>();
        await foreach (var page in TestClient.Create(mock).ListLeadsAsync(new ODataQuery<AimbaseODataLead>().Top(0).WithCount(), Token).AsPages())
        {
            pages.Add((page.Values.Count, page.Count));
        }

        Assert.Equal([(0, 2500L)], pages);
        mock.VerifyNoOutstandingExpectation();
    }

    private static HttpResponseMessage Json(string body)
        => new(HttpStatusCode.OK) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
}
