using Leads.Sdk.Aimbase.Models;
using Leads.Sdk.Aimbase.Validation;
using Leads.Sdk.Validation;

namespace Leads.Sdk.Aimbase.Tests.Models;

public sealed class AimbaseLeadBuilderTests
{
    [Fact]
    public void Build_RequiredFieldsOnly_ProducesALeadThatPassesValidation()
    {
        var lead = new AimbaseLeadBuilder("Website", "Request Brochure", "Referral Traffic", "FLXR", "Hall", "US", AimbaseCommunicationOptIn.NotOptedIn).Build();

        Assert.Empty(AimbaseLeadValidator.Lead.FindErrors(lead));
        Assert.False(lead.IsCommunicationOptIn);
    }

    [Fact]
    public void Build_WithoutBrandsOrOptIn_LeavesThemUnsetAndPassesValidation()
    {
        var lead = new AimbaseLeadBuilder("Website", "Request Brochure", "Referral Traffic", "Hall", "US").Build();

        Assert.Equal("Hall", lead.LastName);
        Assert.Equal("US", lead.CountryCode);
        Assert.Null(lead.Brands);
        Assert.Null(lead.IsCommunicationOptIn);
        Assert.Empty(AimbaseLeadValidator.Lead.FindErrors(lead));
    }

    [Fact]
    public void WithBrandsAndWithCommunicationOptIn_SetTheFieldsTheLongConstructorSets()
    {
        var lead = new AimbaseLeadBuilder("Website", "Request Brochure", "Referral Traffic", "Hall", "US")
            .WithBrands("FLXR,ACME")
            .WithCommunicationOptIn(AimbaseCommunicationOptIn.OptedIn("203.0.113.7", new DateOnly(2026, 5, 6), "Web form"))
            .Build();

        Assert.Equal("FLXR,ACME", lead.Brands);
        Assert.True(lead.IsCommunicationOptIn);
        Assert.Equal("203.0.113.7", lead.CommunicationOptInIpAddress);
        Assert.Equal(new DateOnly(2026, 5, 6), lead.CommunicationOptInDate);
        Assert.Equal("Web form", lead.CommunicationOptInSource);
    }

    [Fact]
    public void Build_OptedIn_SetsTheThreeFieldsTheApiThenRequires()
    {
        var lead = new AimbaseLeadBuilder("Website", "Request Brochure", "Referral Traffic", "FLXR", "Hall", "US",
            AimbaseCommunicationOptIn.OptedIn("203.0.113.7", new DateOnly(2026, 5, 6), "Web form")).Build();

        Assert.True(lead.IsCommunicationOptIn);
        Assert.Equal("203.0.113.7", lead.CommunicationOptInIpAddress);
        Assert.Equal(new DateOnly(2026, 5, 6), lead.CommunicationOptInDate);
        Assert.Equal("Web form", lead.CommunicationOptInSource);
        Assert.Empty(AimbaseLeadValidator.Lead.FindErrors(lead));
    }

    [Fact]
    public void Build_OptionalParts_AddDealersProductsAndCustomsInOrder()
    {
        var lead = new AimbaseLeadBuilder("Website", "Request Brochure", "Referral Traffic", "FLXR", "Hall", "US", AimbaseCommunicationOptIn.NotOptedIn)
            .WithDealer("100", "1", "Bob's Boats")
            .WithDealer("200")
            .WithProduct("P1", "FLXR", productModelYear: 2014)
            .WithCustom("BuyTimeFrame", "1-3 months")
            .WithCustom("Financing", "Yes")
            .WithConditionCode(AimbaseConditionCode.New)
            .Build();

        Assert.Equal(["100", "200"], lead.Dealers!.Select(d => d.DealerNumber));
        Assert.Equal(2014, Assert.Single(lead.Products!).ProductModelYear);
        Assert.Equal(["BuyTimeFrame", "Financing"], lead.Customs!.Select(c => c.FieldName));
        Assert.Equal(AimbaseConditionCode.New, lead.ConditionCode);
    }

    [Fact]
    public void Build_EmptyRequiredValue_IsCaughtByValidation()
    {
        var lead = new AimbaseLeadBuilder("Website", "Request Brochure", "Referral Traffic", "FLXR", string.Empty, "US", AimbaseCommunicationOptIn.NotOptedIn).Build();

        Assert.Equal(ValidationRules.Required, Assert.Single(AimbaseLeadValidator.Lead.FindErrors(lead)).Rule);
    }

    [Fact]
    public void Constructor_NullRequiredValue_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => new AimbaseLeadBuilder("Website", "Request Brochure", "Referral Traffic", "FLXR", null!, "US", AimbaseCommunicationOptIn.NotOptedIn));
    }
}
