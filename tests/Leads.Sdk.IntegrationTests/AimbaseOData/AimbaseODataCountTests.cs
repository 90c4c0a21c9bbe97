using Leads.Sdk.Aimbase.OData.Models;
using Leads.Sdk.Aimbase.OData.Query;

namespace Leads.Sdk.IntegrationTests.AimbaseOData;

/// <summary>Counting leads without reading them, against the emulator.</summary>
public sealed class AimbaseODataCountTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CountLeadsAsync_Filter_CountsMatchingLeadsWithOneRequest()
    {
        await using var fixture = await AimbaseODataEmulatorFixture.StartAsync(o => o.LeadCount = 350);

        var result = await fixture.Client.CountLeadsAsync(ODataFilter.FromExpression<AimbaseODataLead>(l => l.Id <= 120), Token);

        Assert.Equal(120, result.Count);
        var request = Assert.Single(fixture.Emulator.Requests.All, r => r.Path.StartsWith("/odata", StringComparison.Ordinal));
        Assert.Equal("?$filter=Id%20le%20120&$top=0&$count=true", request.Query);
    }

    [Fact]
    public async Task CountLeadsAsync_NoFilter_CountsEveryLead()
    {
        await using var fixture = await AimbaseODataEmulatorFixture.StartAsync(o => o.LeadCount = 350);

        var result = await fixture.Client.CountLeadsAsync(cancellationToken: Token);

        Assert.Equal(350, result.Count);
        Assert.Equal(System.Net.HttpStatusCode.OK, result.RawResponse!.StatusCode);
    }

    [Fact]
    public async Task ListLeadsAsync_TopZeroWithCount_OnePageOfNoLeadsWithTheCount()
    {
        await using var fixture = await AimbaseODataEmulatorFixture.StartAsync(o => o.LeadCount = 350);

        var pages = new List<(int Values, long? Count)>();
        await foreach (var page in fixture.Client.ListLeadsAsync(new ODataQuery<AimbaseODataLead>().Top(0).WithCount(), Token).AsPages())
        {
            pages.Add((page.Values.Count, page.Count));
        }

        Assert.Equal([(0, 350L)], pages);
    }
}
