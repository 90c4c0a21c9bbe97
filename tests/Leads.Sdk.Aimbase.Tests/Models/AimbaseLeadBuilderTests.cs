using System.Text.Json;
using Leads.Sdk.Aimbase.Models;
using Leads.Sdk.Aimbase.Serialization;
using Leads.Sdk.Aimbase.Validation;
using Leads.Sdk.Validation;

namespace Leads.Sdk.Aimbase.Tests.Models;

public sealed class AimbaseLeadBuilderTests
{
    [Fact]
    public void Build_RequiredFieldsOnly_SetsThemByNameAndPassesValidation()
    {
        var lead = Required().Build();

        Assert.Equal("Website", lead.LeadSourceName);
        Assert.Equal("Request Brochure", lead.LeadTypeName);
        Assert.Equal("Referral Traffic", lead.LeadCategoryName);
        Assert.Equal("Hall", lead.LastName);
        Assert.Equal("US", lead.CountryCode);
        Assert.Null(lead.Brands);
        Assert.Null(lead.IsCommunicationOptIn);
        Assert.Empty(AimbaseLeadValidator.Lead.FindErrors(lead));
    }

    [Fact]
    public void WithBrandsAndWithCommunicationOptIn_OptedIn_SetTheBrandsAndTheFourOptInFields()
    {
        var lead = Required()
            .WithBrands("FLXR,ACME")
            .WithCommunicationOptIn(AimbaseCommunicationOptIn.OptedIn("203.0.113.7", new DateOnly(2026, 5, 6), "Web form"))
            .Build();

        Assert.Equal("FLXR,ACME", lead.Brands);
        Assert.True(lead.IsCommunicationOptIn);
        Assert.Equal("203.0.113.7", lead.CommunicationOptInIpAddress);
        Assert.Equal(new DateOnly(2026, 5, 6), lead.CommunicationOptInDate);
        Assert.Equal("Web form", lead.CommunicationOptInSource);
        Assert.Empty(AimbaseLeadValidator.Lead.FindErrors(lead));
    }

    [Fact]
    public void WithCommunicationOptIn_NotOptedIn_SendsFalse()
    {
        var lead = Required().WithCommunicationOptIn(AimbaseCommunicationOptIn.NotOptedIn).Build();

        Assert.False(lead.IsCommunicationOptIn);
        Assert.Null(lead.CommunicationOptInIpAddress);
    }

    [Fact]
    public void Build_EveryWithMethod_SetsEveryDocumentedFieldAndTheJsonCarriesEachUnderItsDocName()
    {
        var leadUid = new Guid("0b9f4a52-5d1c-4e35-9a59-8d1f7c1e0001");
        var companyUid = new Guid("0b9f4a52-5d1c-4e35-9a59-8d1f7c1e0002");
        var userUid = new Guid("0b9f4a52-5d1c-4e35-9a59-8d1f7c1e0003");
        var sessionUid = new Guid("0b9f4a52-5d1c-4e35-9a59-8d1f7c1e0004");
        var lead = Required()
            .WithLeadApiIdentifier("id-1")
            .WithBrands("FLXR")
            .WithLeadCampaignName("Spring")
            .WithEventName("Boat Show")
            .WithLeadDate(new DateTimeOffset(2026, 3, 4, 9, 30, 0, TimeSpan.FromHours(-5)))
            .WithFirstName("Allen")
            .WithAddress1("123 Main Street")
            .WithAddress2("Suite 4")
            .WithCity("Saint Louis")
            .WithState("MO")
            .WithPostalCode("63105")
            .WithZip4("1234")
            .WithCompanyName("Hall Marine")
            .WithCompanyTitle("Owner")
            .WithCounty("St. Louis")
            .WithCountry("United States")
            .WithHomePhone("555-0100")
            .WithWorkPhone("555-0101")
            .WithMobilePhone("555-0102")
            .WithFax("555-0103")
            .WithEmail("ahall@example.com")
            .WithComment("Call after 5")
            .WithDealerIds("7,8")
            .WithDealer(new AimbaseDealer { DealerNumber = "100", DealerLocation = "1", DealerName = "Bob's Boats" })
            .WithProductIds("9")
            .WithProduct(new AimbaseProduct { ProductCode = "P1", BrandCode = "FLXR", ProductModelYear = 2014 })
            .WithCustom("BuyTimeFrame", "1-3 months")
            .WithLeadUid(leadUid)
            .WithProgram("Loyalty")
            .WithCompanyExternalId("C-1")
            .WithCompanyUid(companyUid)
            .WithProspectExternalId("P-1")
            .WithExternalId("E-1")
            .WithSmsOptIn(true)
            .WithConditionCode(AimbaseConditionCode.Used)
            .WithCommunicationOptIn(AimbaseCommunicationOptIn.OptedIn("203.0.113.7", new DateOnly(2026, 5, 6), "Web form"))
            .WithSendAutoresponder(false)
            .WithSendLead(false)
            .WithSendNurture(true)
            .WithScoreProspect(false)
            .WithUserUid(userUid)
            .WithSessionUid(sessionUid)
            .WithListCodes("NEWSLETTER")
            .WithLeadReroute(true)
            .WithMedium("email")
            .WithTerm("boats")
            .WithContent("banner")
            .Build();

        var json = JsonSerializer.SerializeToElement(lead, AimbaseJsonContext.Default.AimbaseLead);

        // Every field of the doc's Lead Data Schema table (and LeadApiIdentifier) is set.
        string[] documented =
        [
            "LeadSourceName", "LeadTypeName", "LeadCategoryName", "LeadCampaignName", "Brands", "LeadUid", "Program", "EventName",
            "LeadDate", "FirstName", "LastName", "Address1", "Address2", "City", "State", "PostalCode", "Zip4", "CompanyName",
            "CompanyTitle", "CompanyExternalId", "CompanyUid", "County", "Country", "HomePhone", "WorkPhone", "MobilePhone", "Fax",
            "Email", "CountryCode", "DealerIds", "Dealers", "ProductIds", "Products", "Customs", "ProspectExternalId", "ExternalId",
            "LeadApiIdentifier", "SMSOptIn", "ConditionCode", "IsCommunicationOptIn", "CommunicationOptInIpAddress",
            "CommunicationOptInDate", "CommunicationOptInSource", "SendAutoresponder", "SendLead", "SendNurture", "ScoreProspect",
            "UserUid", "SessionUid", "ListCodes", "LeadReroute", "Medium", "Term", "Content", "Comment",
        ];
        Assert.All(documented, name => Assert.True(json.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null, name));
        Assert.Equal("0b9f4a52-5d1c-4e35-9a59-8d1f7c1e0001", json.GetProperty("LeadUid").GetString());
        Assert.True(json.GetProperty("SMSOptIn").GetBoolean());
        Assert.False(json.GetProperty("SendAutoresponder").GetBoolean());
        Assert.Equal("N", json.GetProperty("SendLead").GetString());
        Assert.True(json.GetProperty("SendNurture").GetBoolean());
        Assert.False(json.GetProperty("ScoreProspect").GetBoolean());
        Assert.Equal("0b9f4a52-5d1c-4e35-9a59-8d1f7c1e0003", json.GetProperty("UserUid").GetString());
        Assert.Equal("0b9f4a52-5d1c-4e35-9a59-8d1f7c1e0004", json.GetProperty("SessionUid").GetString());
        Assert.Equal("NEWSLETTER", json.GetProperty("ListCodes").GetString());
        Assert.True(json.GetProperty("LeadReroute").GetBoolean());
        Assert.Equal("U", json.GetProperty("ConditionCode").GetString());
        Assert.Equal("Bob's Boats", json.GetProperty("Dealers")[0].GetProperty("DealerName").GetString());
        Assert.Empty(AimbaseLeadValidator.Lead.FindErrors(lead));
    }

    [Fact]
    public void Build_CalledTwice_ReturnsIndependentLeads()
    {
        var builder = Required()
            .WithFirstName("Allen")
            .WithDealer(new AimbaseDealer { DealerNumber = "100" })
            .WithCustom("BuyTimeFrame", "1-3 months")
            .WithAdditionalField("PreferredContactTime", "evening");

        var first = builder.Build();
        var second = builder.Build();
        first.FirstName = "Changed";
        first.Dealers![0].DealerNumber = "999";
        first.Customs!.Add(new AimbaseCustomField("Financing", "Yes"));
        first.AdditionalFields["PreferredContactTime"] = "morning";

        Assert.NotSame(first, second);
        Assert.Equal("Allen", second.FirstName);
        Assert.Equal("100", Assert.Single(second.Dealers!).DealerNumber);
        Assert.Single(second.Customs!);
        Assert.Equal("evening", second.AdditionalFields["PreferredContactTime"]!.GetValue<string>());
        Assert.Equal("Allen", builder.Build().FirstName);
    }

    [Fact]
    public void WithDealer_CallersObjectChangedAfterwards_BuiltLeadKeepsTheValueGiven()
    {
        var dealer = new AimbaseDealer { DealerNumber = "100" };
        var builder = Required().WithDealer(dealer);

        dealer.DealerNumber = "999";

        Assert.Equal("100", Assert.Single(builder.Build().Dealers!).DealerNumber);
    }

    [Fact]
    public void Build_OptionalParts_AddDealersProductsAndCustomsInOrder()
    {
        var lead = Required()
            .WithDealer(new AimbaseDealer { DealerNumber = "100", DealerLocation = "1", DealerName = "Bob's Boats" })
            .WithDealer(new AimbaseDealer { DealerNumber = "200" })
            .WithProduct(new AimbaseProduct { ProductCode = "P1", BrandCode = "FLXR", ProductModelYear = 2014 })
            .WithCustom("BuyTimeFrame", "1-3 months")
            .WithCustom("Financing", "Yes")
            .Build();

        Assert.Equal(["100", "200"], lead.Dealers!.Select(d => d.DealerNumber));
        Assert.Equal(2014, Assert.Single(lead.Products!).ProductModelYear);
        Assert.Equal(["BuyTimeFrame", "Financing"], lead.Customs!.Select(c => c.FieldName));
    }

    [Fact]
    public void Build_EmptyRequiredValue_IsCaughtByValidation()
    {
        var lead = new AimbaseLeadBuilder
        {
            LeadSourceName = "Website",
            LeadTypeName = "Request Brochure",
            LeadCategoryName = "Referral Traffic",
            LastName = string.Empty,
            CountryCode = "US",
        }.Build();

        var error = Assert.Single(AimbaseLeadValidator.Lead.FindErrors(lead));
        Assert.Equal("LastName", error.Path);
        Assert.Equal(ValidationRules.Required, error.Rule);
    }

    [Fact]
    public void Initializer_NullRequiredValue_ThrowsValidationNamingTheField()
    {
        var exception = Assert.Throws<LeadsValidationException>(() => new AimbaseLeadBuilder
        {
            LeadSourceName = "Website",
            LeadTypeName = "Request Brochure",
            LeadCategoryName = "Referral Traffic",
            LastName = null!,
            CountryCode = "US",
        });

        var error = Assert.Single(exception.Errors);
        Assert.Equal("LastName", error.Path);
        Assert.Equal(ValidationRules.Required, error.Rule);
    }

    public static TheoryData<string, Func<AimbaseLeadBuilder, AimbaseLeadBuilder>> NullArguments => new()
    {
        { "Email", b => b.WithEmail(null!) },
        { "ListCodes", b => b.WithListCodes(null!) },
        { "Dealers", b => b.WithDealer(null!) },
        { "Products", b => b.WithProduct(null!) },
        { "Customs.FieldValue", b => b.WithCustom("Financing", null!) },
        { "IsCommunicationOptIn", b => b.WithCommunicationOptIn(null!) },
        { "AdditionalFields", b => b.WithAdditionalField(null!, "x") },
    };

    [Theory]
    [MemberData(nameof(NullArguments))]
    public void WithMethod_NullArgument_ThrowsValidationNamingTheField(string field, Func<AimbaseLeadBuilder, AimbaseLeadBuilder> misuse)
    {
        var exception = Assert.Throws<LeadsValidationException>(() => misuse(Required()));

        Assert.Equal(field, Assert.Single(exception.Errors).Path);
    }

    private static AimbaseLeadBuilder Required() => new()
    {
        LeadSourceName = "Website",
        LeadTypeName = "Request Brochure",
        LeadCategoryName = "Referral Traffic",
        LastName = "Hall",
        CountryCode = "US",
    };
}
