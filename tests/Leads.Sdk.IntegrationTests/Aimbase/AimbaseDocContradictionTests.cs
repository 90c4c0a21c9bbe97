using Leads.Sdk.Aimbase;
using Leads.Sdk.Aimbase.Models;
using Leads.Sdk.Emulator;
using Microsoft.Extensions.DependencyInjection;

namespace Leads.Sdk.IntegrationTests.Aimbase;

/// <summary>
/// The Aimbase doc's table marks Brands, IsCommunicationOptIn and a product's BrandCode required, while its text and both
/// examples leave them empty. The client sends such a lead; whichever way a server reads the doc, its answer is reported.
/// </summary>
public sealed class AimbaseDocContradictionTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(AimbaseWireFormat.Json)]
    [InlineData(AimbaseWireFormat.Xml)]
    public async Task CreateLeadsAsync_NoBrandsNoOptIn_ServerFollowingTheDocText_AcceptsTheLead(AimbaseWireFormat format)
    {
        await using var emulator = await LeadsEmulator.StartAsync(cancellationToken: Ct);
        using var provider = Services(emulator, format);

        var result = await provider.GetRequiredService<IAimbaseClient>().CreateLeadsAsync([LeadWithoutDisputedFields()], cancellationToken: Ct);

        var record = Assert.Single(result.Leads);
        Assert.Equal(AimbaseLeadStatus.Success, record.Status);
        Assert.Equal(1, emulator.Requests.Count("POST", "/marketing/api/lead"));
    }

    [Theory]
    [InlineData(AimbaseWireFormat.Json)]
    [InlineData(AimbaseWireFormat.Xml)]
    public async Task CreateLeadsAsync_NoBrandsNoOptIn_ServerEnforcingTheTable_ReportsItsRefusal(AimbaseWireFormat format)
    {
        await using var emulator = await LeadsEmulator.StartAsync(cancellationToken: Ct);
        emulator.Options.Aimbase.EnforceTableRequiredMarks = true;
        using var provider = Services(emulator, format);

        var result = await provider.GetRequiredService<IAimbaseClient>().CreateLeadsAsync([LeadWithoutDisputedFields()], cancellationToken: Ct);

        var record = Assert.Single(result.Leads);
        Assert.Equal(AimbaseLeadStatus.Failure, record.Status);
        Assert.False(record.IsClientSideFailure);
        Assert.Equal(["Brands", "IsCommunicationOptIn", "Products[0].BrandCode"], record.Messages.Select(m => m.Field).Order(StringComparer.Ordinal));
        Assert.Equal(1, emulator.Requests.Count("POST", "/marketing/api/lead"));
    }

    private static AimbaseLead LeadWithoutDisputedFields()
        => new AimbaseLeadBuilder
            {
                LeadSourceName = "Website",
                LeadTypeName = "Request Brochure",
                LeadCategoryName = "Referral Traffic",
                LastName = "Hall",
                CountryCode = "US",
            }
            .WithProduct(new AimbaseProduct { ProductCode = "100", ProductName = "Fast Boat" })
            .Build();

    private static ServiceProvider Services(LeadsEmulator emulator, AimbaseWireFormat format)
    {
        var services = new ServiceCollection();
        services.AddAimbaseClient(options =>
        {
            options.BaseAddress = emulator.BaseAddress;
            options.AllowInsecureHttp = true;
            options.Username = emulator.Options.Aimbase.Username;
            options.ApiToken = emulator.Options.Aimbase.ApiToken;
            options.DefaultManufacturerCode = emulator.Options.Aimbase.ManufacturerCode;
            options.Format = format;
        });
        return services.BuildServiceProvider();
    }
}
