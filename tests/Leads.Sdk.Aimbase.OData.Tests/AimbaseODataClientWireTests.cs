using System.Net;
using System.Text;
using Leads.Sdk.Aimbase.OData.Models;
using Leads.Sdk.Aimbase.OData.Query;
using RichardSzalay.MockHttp;

namespace Leads.Sdk.Aimbase.OData.Tests;

/// <summary>
/// The exact request line of every endpoint, as the server receives it: the doc's literal <c>$</c> keys (never
/// <c>%24filter</c>), values encoded once, options in a fixed order, and the headers each call sends.
/// </summary>
public sealed class AimbaseODataClientWireTests
{
    private const string Authenticate = "Avala-Api api-user:secret-token-123";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ListLeadsAsync_EveryQueryOption_SendsEachOptionWithLiteralDollarKeyInOrder()
    {
        var (mock, sent) = Recording("""{"value":[]}""");
        var query = new ODataQuery<AimbaseODataLead>()
            .Filter(l => l.Medium == "Web & Print")
            .Expand(l => l.Prospect, p => p.Expand(x => x.Company))
            .Select(l => l.Id, l => l.LeadDate)
            .OrderByDescending(l => l.LeadDate)
            .Top(5)
            .Skip(10)
            .WithCount();

        await foreach (var _ in TestClient.Create(mock).ListLeadsAsync(query, Token))
        {
        }

        var request = Assert.Single(sent);
        Assert.Equal(
            "GET https://acme.aimbase.com/odata/V2/Leads?$filter=Medium%20eq%20'Web%20%26%20Print'&$expand=Prospect($expand=Company)&$select=Id,LeadDate&$orderby=LeadDate%20desc&$top=5&$skip=10&$count=true",
            request.Line);
        Assert.Equal("application/json", request.Accept);
        Assert.Equal(Authenticate, request.Authenticate);
    }

    [Fact]
    public async Task ListLeadsAsync_NoQuery_SendsBareCollectionUrlWithoutPrefer()
    {
        var (mock, sent) = Recording("""{"value":[]}""");

        await foreach (var _ in TestClient.Create(mock).ListLeadsAsync(cancellationToken: Token))
        {
        }

        var request = Assert.Single(sent);
        Assert.Equal("GET https://acme.aimbase.com/odata/V2/Leads", request.Line);
        Assert.Equal("application/json", request.Accept);
        Assert.Equal(Authenticate, request.Authenticate);
        Assert.Null(request.Prefer);
    }

    [Fact]
    public async Task ListLeadsAsync_MaxPageSizeAndAbsoluteNextLink_SendsPreferOnBothAndTheLinkAsGiven()
    {
        var (mock, sent) = Recording(
            """{"value":[{"Id":1}],"@odata.nextLink":"https://acme.aimbase.com/odata/V2/Leads?$top=2&$skiptoken=Id%20gt%201"}""",
            """{"value":[{"Id":2}]}""");

        await foreach (var _ in TestClient.Create(mock, o => o.MaxPageSize = 1).ListLeadsAsync(new ODataQuery<AimbaseODataLead>().Top(2), Token))
        {
        }

        Assert.Equal(
            ["GET https://acme.aimbase.com/odata/V2/Leads?$top=2", "GET https://acme.aimbase.com/odata/V2/Leads?$top=2&$skiptoken=Id%20gt%201"],
            sent.Select(r => r.Line));
        Assert.All(sent, r => Assert.Equal("odata.maxpagesize=1", r.Prefer));
        Assert.All(sent, r => Assert.Equal(Authenticate, r.Authenticate));
        Assert.All(sent, r => Assert.Equal("application/json", r.Accept));
    }

    [Fact]
    public async Task GetLeadAsync_NoExpand_SendsBareEntityUrl()
    {
        var (mock, sent) = Recording("""{"Id":114}""");

        await TestClient.Create(mock).GetLeadAsync(114, cancellationToken: Token);

        var request = Assert.Single(sent);
        Assert.Equal("GET https://acme.aimbase.com/odata/V2/Leads(114)", request.Line);
        Assert.Equal("application/json", request.Accept);
        Assert.Equal(Authenticate, request.Authenticate);
    }

    [Fact]
    public async Task GetLeadAsync_ExpandAndSelect_SendsBothLiterally()
    {
        var (mock, sent) = Recording("""{"Id":7}""");

        await TestClient.Create(mock).GetLeadAsync(7, new ODataExpand<AimbaseODataLead>().Expand(l => l.Prospect).Select(l => l.Id, l => l.Medium), Token);

        Assert.Equal("GET https://acme.aimbase.com/odata/V2/Leads(7)?$expand=Prospect&$select=Id,Medium", Assert.Single(sent).Line);
    }

    [Fact]
    public async Task CountLeadsAsync_NoFilter_SendsTopZeroAndCountLiterally()
    {
        var (mock, sent) = Recording("""{"@odata.count":3,"value":[]}""");

        await TestClient.Create(mock).CountLeadsAsync(cancellationToken: Token);

        var request = Assert.Single(sent);
        Assert.Equal("GET https://acme.aimbase.com/odata/V2/Leads?$top=0&$count=true", request.Line);
        Assert.Equal(Authenticate, request.Authenticate);
    }

    [Fact]
    public async Task UpdateLeadAsync_Patch_SendsJsonToEntityUrl()
    {
        var (mock, sent) = Recording((string?)null);

        await TestClient.Create(mock).UpdateLeadAsync(114, new AimbaseODataLeadPatch { Medium = "Web" }, Token);

        var request = Assert.Single(sent);
        Assert.Equal("PATCH https://acme.aimbase.com/odata/V2/Leads(114)", request.Line);
        Assert.Equal("application/json; charset=utf-8", request.ContentType);
        Assert.Equal(Authenticate, request.Authenticate);
    }

    [Fact]
    public async Task EveryCall_BaseAddressWithPath_SendsUnderThatPath()
    {
        var (mock, sent) = Recording(
            """{"Id":1}""",
            """{"@odata.count":0,"value":[]}""",
            """{"value":[{"Id":1}],"@odata.nextLink":"Leads?$skiptoken=1"}""",
            """{"value":[]}""",
            null);
        var client = TestClient.Create(mock, o => o.BaseAddress = new Uri("https://acme.aimbase.com/tenant"));

        await client.GetLeadAsync(1, cancellationToken: Token);
        await client.CountLeadsAsync(cancellationToken: Token);
        await foreach (var _ in client.ListLeadsAsync(cancellationToken: Token))
        {
        }

        await client.UpdateLeadAsync(1, new AimbaseODataLeadPatch { Medium = "Web" }, Token);

        Assert.Equal(
            [
                "GET https://acme.aimbase.com/tenant/odata/V2/Leads(1)",
                "GET https://acme.aimbase.com/tenant/odata/V2/Leads?$top=0&$count=true",
                "GET https://acme.aimbase.com/tenant/odata/V2/Leads",
                "GET https://acme.aimbase.com/tenant/odata/V2/Leads?$skiptoken=1",
                "PATCH https://acme.aimbase.com/tenant/odata/V2/Leads(1)",
            ],
            sent.Select(r => r.Line));
    }

    // Answers each request with the next body (null: 204 No Content) and records what was sent.
    private static (MockHttpMessageHandler Mock, List<SentRequest> Sent) Recording(params string?[] bodies)
    {
        var mock = new MockHttpMessageHandler();
        var sent = new List<SentRequest>();
        mock.When("*").Respond(request =>
        {
            sent.Add(new SentRequest(
                $"{request.Method.Method} {request.RequestUri!.AbsoluteUri}",
                request.Headers.Accept.ToString(),
                request.Headers.TryGetValues("Authenticate", out var authenticate) ? string.Join(",", authenticate) : null,
                request.Headers.TryGetValues("Prefer", out var prefer) ? string.Join(",", prefer) : null,
                request.Content?.Headers.ContentType?.ToString()));
            var body = bodies[Math.Min(sent.Count, bodies.Length) - 1];
            return body is null
                ? new HttpResponseMessage(HttpStatusCode.NoContent)
                : new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        });
        return (mock, sent);
    }

    private sealed record SentRequest(string Line, string Accept, string? Authenticate, string? Prefer, string? ContentType);
}
