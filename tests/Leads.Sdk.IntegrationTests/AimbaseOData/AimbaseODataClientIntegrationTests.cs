using Leads.Sdk.Aimbase.OData.Models;
using Leads.Sdk.Aimbase.OData.Query;
using Leads.Sdk.Emulator.AimbaseOData;

namespace Leads.Sdk.IntegrationTests.AimbaseOData;

public sealed class AimbaseODataClientIntegrationTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task GetLeadAsync_NestedExpand_ReturnsLeadWithProspectCompanyProductBrand()
    {
        await using var fixture = await AimbaseODataEmulatorFixture.StartAsync();

        var lead = await fixture.Client.GetLeadAsync(
            114,
            new ODataExpand<AimbaseODataLead>().Expand(l => l.Prospect, p => p.Expand(x => x.Company)).Expand(l => l.Product, p => p.Expand(x => x.Brand).Expand(x => x.ProductCategory)),
            Token);

        Assert.Equal(114, lead.Id);
        Assert.Equal(lead.ProspectId, lead.Prospect!.Id);
        Assert.Equal(lead.Product!.BrandId, lead.Product.Brand!.Id);
        Assert.Equal(lead.Product.ProductCategoryId, lead.Product.ProductCategory!.Id);
        Assert.Equal(lead.Prospect.CompanyId, lead.Prospect.Company?.Id);
        Assert.Null(lead.Dealer);
        var request = fixture.Emulator.Requests.All.Single(r => r.Path.StartsWith("/odata", StringComparison.Ordinal));
        Assert.Equal("?$expand=Prospect($expand=Company),Product($expand=Brand,ProductCategory)", request.Query);
    }

    [Fact]
    public async Task GetLeadAsync_UnknownId_ThrowsNotFound()
    {
        await using var fixture = await AimbaseODataEmulatorFixture.StartAsync();

        var exception = await Assert.ThrowsAsync<LeadsNotFoundException>(() => fixture.Client.GetLeadAsync(999_999, cancellationToken: Token));

        Assert.Equal("NotFound", exception.ErrorCode);
    }

    [Fact]
    public async Task GetLeadAsync_WrongToken_ThrowsAuthentication()
    {
        await using var fixture = await AimbaseODataEmulatorFixture.StartAsync(token: "wrong");

        await Assert.ThrowsAsync<LeadsAuthenticationException>(() => fixture.Client.GetLeadAsync(1, cancellationToken: Token));
    }

    [Theory]
    [InlineData(ODataNextLinkStyle.Absolute)]
    [InlineData(ODataNextLinkStyle.Relative)]
    [InlineData(ODataNextLinkStyle.NextLinkAnnotation)]
    public async Task ListLeadsAsync_ServerPaging_ReadsEveryLeadOnceAcrossPages(ODataNextLinkStyle style)
    {
        await using var fixture = await AimbaseODataEmulatorFixture.StartAsync(o =>
        {
            o.LeadCount = 350;
            o.PageSize = 100;
            o.NextLinkStyle = style;
        });

        var pages = new List<ODataPageSummary>();
        await foreach (var page in fixture.Client.ListLeadsAsync(new ODataQuery<AimbaseODataLead>().WithCount(), Token).AsPages())
        {
            pages.Add(new ODataPageSummary(page.Values.Select(l => l.Id).ToList(), page.Count));
        }

        Assert.Equal([100, 100, 100, 50], pages.Select(p => p.Ids.Count));
        Assert.Equal(Enumerable.Range(1, 350), pages.SelectMany(p => p.Ids));
        Assert.All(pages, p => Assert.Equal(350, p.Count));
        Assert.Equal(4, fixture.Emulator.Requests.Count("GET", "/odata/V2/Leads"));
    }

    [Fact]
    public async Task ListLeadsAsync_DefaultServerPage_IsOneThousand()
    {
        await using var fixture = await AimbaseODataEmulatorFixture.StartAsync(o => o.LeadCount = 2500);

        var sizes = new List<int>();
        await foreach (var page in fixture.Client.ListLeadsAsync(cancellationToken: Token).AsPages())
        {
            sizes.Add(page.Values.Count);
        }

        Assert.Equal([1000, 1000, 500], sizes);
    }

    [Fact]
    public async Task AsPages_ResumeFromContinuationLink_ContinuesWhereItStopped()
    {
        await using var fixture = await AimbaseODataEmulatorFixture.StartAsync(o =>
        {
            o.LeadCount = 300;
            o.PageSize = 100;
        });
        var query = new ODataQuery<AimbaseODataLead>().Filter(l => l.Id > 50).OrderByDescending(l => l.Id);
        string? link = null;
        await foreach (var page in fixture.Client.ListLeadsAsync(query, Token).AsPages())
        {
            link = page.ContinuationLink;
            break;
        }

        var rest = new List<int>();
        await foreach (var page in fixture.Client.ListLeadsAsync(query, Token).AsPages(link))
        {
            rest.AddRange(page.Values.Select(l => l.Id));
        }

        Assert.Equal(Enumerable.Range(51, 150).Reverse(), rest);
    }

    [Fact]
    public async Task ListLeadsAsync_FilterSinceDateForApostropheName_MatchesClientSideFilter()
    {
        await using var fixture = await AimbaseODataEmulatorFixture.StartAsync(o => o.LeadCount = 1500);
        var since = new DateTimeOffset(2024, 6, 1, 0, 0, 0, TimeSpan.FromHours(5.5));
        var name = "O'Neil";

        var all = new List<AimbaseODataLead>();
        await foreach (var lead in fixture.Client.ListLeadsAsync(new ODataQuery<AimbaseODataLead>().Expand(l => l.Prospect), Token))
        {
            all.Add(lead);
        }

        var filtered = new List<AimbaseODataLead>();
        await foreach (var lead in fixture.Client.ListLeadsAsync(
            new ODataQuery<AimbaseODataLead>().Filter(l => l.LeadDate >= since && l.Prospect!.LastName == name).Expand(l => l.Prospect, p => p.Expand(x => x.Company)),
            Token))
        {
            filtered.Add(lead);
        }

        var expected = all.Where(l => l.LeadDate >= since && l.Prospect!.LastName == name).Select(l => l.Id).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, filtered.Select(l => l.Id));
        Assert.All(filtered, l => Assert.Equal("O'Neil", l.Prospect!.LastName));
    }

    [Fact]
    public async Task ListLeadsAsync_SelectOrderTopSkip_AppliesEachOption()
    {
        await using var fixture = await AimbaseODataEmulatorFixture.StartAsync(o => o.LeadCount = 200);
        var query = new ODataQuery<AimbaseODataLead>().Select(l => l.Id, l => l.Score).OrderByDescending(l => l.Score).OrderBy(l => l.Id).Skip(5).Top(10);

        var leads = new List<AimbaseODataLead>();
        await foreach (var lead in fixture.Client.ListLeadsAsync(query, Token))
        {
            leads.Add(lead);
        }

        Assert.Equal(10, leads.Count);
        Assert.All(leads, l => Assert.Null(l.LeadDate));
        Assert.Equal(leads.OrderByDescending(l => l.Score).ThenBy(l => l.Id).Select(l => l.Id), leads.Select(l => l.Id));
    }

    [Fact]
    public async Task ListLeadsAsync_StringFunctionsAndNot_AreEvaluatedByServer()
    {
        await using var fixture = await AimbaseODataEmulatorFixture.StartAsync(o => o.LeadCount = 300);

        var leads = new List<AimbaseODataLead>();
        await foreach (var lead in fixture.Client.ListLeadsAsync(
            new ODataQuery<AimbaseODataLead>().Filter(l => l.Prospect!.LastName!.StartsWith("O'") && !(l.Prospect!.LastName!.EndsWith("Neil")) && l.Prospect.Email!.Contains("@example")).Expand(l => l.Prospect),
            Token))
        {
            leads.Add(lead);
        }

        Assert.NotEmpty(leads);
        Assert.All(leads, l => Assert.Equal("O'Brien", l.Prospect!.LastName));
    }

    [Fact]
    public async Task UpdateLeadAsync_StatusCode_IsReadBack()
    {
        await using var fixture = await AimbaseODataEmulatorFixture.StartAsync();

        await fixture.Client.UpdateLeadAsync(114, new AimbaseODataLeadPatch { LeadStatusCode = "Working", Medium = null }, Token);
        var lead = await fixture.Client.GetLeadAsync(114, cancellationToken: Token);

        Assert.Equal("Working", lead.LeadStatusCode);
        Assert.Null(lead.Medium);
        Assert.NotNull(lead.UpdateDate);
        var patch = fixture.Emulator.Requests.All.Single(r => r.Method == "PATCH");
        Assert.Equal("""{"Medium":null,"LeadStatusCode":"Working"}""", patch.Body);
    }

    [Fact]
    public async Task UpdateLeadAsync_UnknownId_ThrowsNotFound()
    {
        await using var fixture = await AimbaseODataEmulatorFixture.StartAsync();

        await Assert.ThrowsAsync<LeadsNotFoundException>(() => fixture.Client.UpdateLeadAsync(999_999, new AimbaseODataLeadPatch { Medium = "x" }, Token));
    }

    private sealed record ODataPageSummary(List<int> Ids, long? Count);
}
