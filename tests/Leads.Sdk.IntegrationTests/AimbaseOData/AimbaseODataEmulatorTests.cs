using System.Net;
using System.Text;
using Leads.Sdk.Aimbase.OData.Models;
using Leads.Sdk.Aimbase.OData.Query;

namespace Leads.Sdk.IntegrationTests.AimbaseOData;

/// <summary>What the OData fake rejects, as the documented server does.</summary>
public sealed class AimbaseODataEmulatorTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Patch_NonEditableField_Is400AndChangesNothing()
    {
        await using var fixture = await AimbaseODataEmulatorFixture.StartAsync();
        using var http = Authenticated(fixture);

        using var response = await http.PatchAsync("odata/V2/Leads(5)", new StringContent("""{"Medium":"changed","Score":99}""", Encoding.UTF8, "application/json"), Token);
        var lead = await fixture.Client.GetLeadAsync(5, cancellationToken: Token);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("'Score' cannot be updated", await response.Content.ReadAsStringAsync(Token), StringComparison.Ordinal);
        Assert.NotEqual("changed", lead.Medium);
    }

    [Fact]
    public async Task Get_MissingAuthenticateHeader_Is401()
    {
        await using var fixture = await AimbaseODataEmulatorFixture.StartAsync();
        using var http = new HttpClient { BaseAddress = fixture.Emulator.BaseAddress };

        using var response = await http.GetAsync("odata/V2/Leads(1)", Token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task ListLeadsAsync_UnknownFilterProperty_ThrowsApiExceptionWithServerMessage()
    {
        await using var fixture = await AimbaseODataEmulatorFixture.StartAsync();

        var exception = await Assert.ThrowsAsync<LeadsApiException>(async () =>
        {
            await foreach (var _ in fixture.Client.ListLeadsAsync(new ODataQuery<AimbaseODataLead>().Filter(ODataFilter.Create($"NoSuchField eq {1}")), Token))
            {
            }
        });

        Assert.Equal(HttpStatusCode.BadRequest, exception.StatusCode);
        Assert.Contains("NoSuchField", exception.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListLeadsAsync_PreferMaxPageSize_IsHonoured()
    {
        await using var fixture = await AimbaseODataEmulatorFixture.StartAsync(o => o.LeadCount = 120);

        var sizes = new List<int>();
        await foreach (var page in fixture.Client.ListLeadsAsync(cancellationToken: Token).AsPages(pageSizeHint: 50))
        {
            sizes.Add(page.Values.Count);
        }

        Assert.Equal([50, 50, 20], sizes);
    }

    [Fact]
    public async Task ListLeadsAsync_InAndOrAndNe_FilterAsWritten()
    {
        await using var fixture = await AimbaseODataEmulatorFixture.StartAsync(o => o.LeadCount = 50);
        var ids = new[] { 3, 4, 5 };

        var found = new List<int>();
        await foreach (var lead in fixture.Client.ListLeadsAsync(new ODataQuery<AimbaseODataLead>().Filter(l => (ids.Contains(l.Id) || l.Id == 40) && l.Id != 4), Token))
        {
            found.Add(lead.Id);
        }

        Assert.Equal([3, 5, 40], found);
    }

    private static HttpClient Authenticated(AimbaseODataEmulatorFixture fixture)
    {
        var http = new HttpClient { BaseAddress = fixture.Emulator.BaseAddress };
        var options = fixture.Emulator.Options.AimbaseOData;
        http.DefaultRequestHeaders.TryAddWithoutValidation("Authenticate", $"Avala-Api {options.Username}:{options.ApiToken}");
        return http;
    }
}
