using Leads.Sdk.Aimbase.OData.Models;

namespace Leads.Sdk.IntegrationTests.AimbaseOData;

/// <summary>
/// The escape hatch against the emulator, whose leads carry <c>SalespersonName</c>, a field the doc (and so the SDK's
/// model) does not list: the client exposes it, and a PATCH can send it without any change to the SDK.
/// </summary>
public sealed class AimbaseODataAdditionalFieldsTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task GetLeadAsync_UndocumentedProperty_ExposedInAdditionalFields()
    {
        await using var fixture = await AimbaseODataEmulatorFixture.StartAsync();

        var lead = await fixture.Client.GetLeadAsync(114, cancellationToken: Token);

        Assert.Equal("Salesperson 3", lead.AdditionalFields["SalespersonName"].GetString());
        Assert.False(lead.AdditionalFields.ContainsKey("@odata.context"));
    }

    [Fact]
    public async Task UpdateLeadAsync_AdditionalField_ReachesTheServerAndIsReadBack()
    {
        await using var fixture = await AimbaseODataEmulatorFixture.StartAsync();
        var patch = new AimbaseODataLeadPatch { Medium = "Web" };
        patch.AdditionalFields["SalespersonName"] = "Pat O'Neil";

        await fixture.Client.UpdateLeadAsync(114, patch, Token);
        var lead = await fixture.Client.GetLeadAsync(114, cancellationToken: Token);

        var received = fixture.Emulator.Requests.All.Single(r => r.Method == "PATCH");
        Assert.Equal("""{"Medium":"Web","SalespersonName":"Pat O\u0027Neil"}""", received.Body);
        Assert.Equal("Pat O'Neil", lead.AdditionalFields["SalespersonName"].GetString());
        Assert.Equal("Web", lead.Medium);
    }
}
