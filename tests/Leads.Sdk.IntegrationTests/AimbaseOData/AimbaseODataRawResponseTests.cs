using System.Net;
using Leads.Sdk.Aimbase.OData.Models;
using Leads.Sdk.Aimbase.OData.Query;

namespace Leads.Sdk.IntegrationTests.AimbaseOData;

/// <summary>The status and headers of the HTTP response each call came from, against the emulator.</summary>
public sealed class AimbaseODataRawResponseTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task GetLeadAsync_Success_LeadCarriesStatusAndHeaders()
    {
        await using var fixture = await AimbaseODataEmulatorFixture.StartAsync();

        var lead = await fixture.Client.GetLeadAsync(114, cancellationToken: Token);

        Assert.Equal(HttpStatusCode.OK, lead.RawResponse!.StatusCode);
        Assert.Equal("4.0", lead.RawResponse.GetHeaderValue("OData-Version"));
        Assert.Equal("application/json; odata.metadata=minimal; charset=utf-8", lead.RawResponse.GetHeaderValue("Content-Type"));
    }

    [Fact]
    public async Task GetLeadAsync_UnknownId_FailureCarriesStatusAndHeaders()
    {
        await using var fixture = await AimbaseODataEmulatorFixture.StartAsync();

        var exception = await Assert.ThrowsAsync<LeadsNotFoundException>(() => fixture.Client.GetLeadAsync(999_999, cancellationToken: Token));

        Assert.Equal(HttpStatusCode.NotFound, exception.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, exception.Details.Response?.StatusCode);
        Assert.StartsWith("application/json", exception.Details.Response?.GetHeaderValue("Content-Type"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListLeadsAsync_EachPage_CarriesItsStatusAndHeaders()
    {
        await using var fixture = await AimbaseODataEmulatorFixture.StartAsync(o => o.LeadCount = 250);

        var pages = new List<LeadsResponse?>();
        await foreach (var page in fixture.Client.ListLeadsAsync(cancellationToken: Token).AsPages(pageSizeHint: 100))
        {
            pages.Add(page.RawResponse);
        }

        Assert.Equal(3, pages.Count);
        Assert.All(pages, response => Assert.Equal(HttpStatusCode.OK, response!.StatusCode));
        Assert.All(pages, response => Assert.Equal("odata.maxpagesize=100", response!.GetHeaderValue("Preference-Applied")));
    }

    [Fact]
    public async Task UpdateLeadAsync_Success_ReturnsNoContentResponse()
    {
        await using var fixture = await AimbaseODataEmulatorFixture.StartAsync();

        var response = await fixture.Client.UpdateLeadAsync(114, new AimbaseODataLeadPatch { Medium = "Web" }, Token);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
    }

    [Fact]
    public async Task UpdateLeadAsync_RefusedByServer_FailureCarriesStatus()
    {
        await using var fixture = await AimbaseODataEmulatorFixture.StartAsync();
        var patch = new AimbaseODataLeadPatch();
        patch.AdditionalFields["NotAField"] = "x";

        var exception = await Assert.ThrowsAsync<LeadsApiException>(() => fixture.Client.UpdateLeadAsync(114, patch, Token));

        Assert.Equal(HttpStatusCode.BadRequest, exception.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, exception.Details.Response?.StatusCode);
        Assert.Equal("BadRequest", exception.ErrorCode);
    }
}
