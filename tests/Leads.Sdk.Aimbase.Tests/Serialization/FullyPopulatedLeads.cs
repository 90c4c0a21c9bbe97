using System.Reflection;
using Leads.Sdk.Aimbase.Models;

namespace Leads.Sdk.Aimbase.Tests.Serialization;

/// <summary>
/// Leads with every property of the model set (and text that needs escaping), so wire-format tests cover every field;
/// <see cref="UnsetProperties"/> lets a test fail when a property is added to the model but not here.
/// </summary>
internal static class FullyPopulatedLeads
{
    /// <summary>Every property set; text with markup, quotes, CR/LF/tab, non-ASCII and a surrogate pair.</summary>
    public static AimbaseLead Lead() => new()
    {
        LeadApiIdentifier = "9f1c2d3e-0000-4000-8000-000000000001",
        Brands = "FLXR,ACME",
        LeadSourceName = "Website",
        LeadTypeName = "Request Brochure",
        LeadCategoryName = "Referral Traffic",
        LeadCampaignName = "Spring <Sale> & more",
        EventName = "Boat Show \"2026\"",
        LeadDate = new DateTimeOffset(2026, 3, 4, 9, 30, 15, 123, TimeSpan.FromHours(-5)),
        FirstName = "Zoë",
        LastName = "O'Hall",
        Address1 = "123 Main Street\r\nSuite 4",
        Address2 = "\tBack door ]]>",
        City = "Saint Louis",
        State = "MO",
        PostalCode = "63105",
        Zip4 = "1234",
        CompanyName = "Hall & Sons",
        CompanyTitle = "Owner",
        County = "St. Louis",
        Country = "United States",
        HomePhone = "314-555-0100",
        WorkPhone = "314-555-0101",
        MobilePhone = "314-555-0102",
        Fax = "314-555-0103",
        Email = "ahall@avalamarketing.com",
        CountryCode = "US",
        Comment = "Wants a quote 🚤 by Friday\rthanks",
        DealerIds = "11,12",
        Dealers =
        [
            new AimbaseDealer { DealerNumber = "100", DealerLocation = "1", DealerName = "Bob's Boats", OemManufactureCode = "OEM1", OemDealerNumber = "D-9" },
            new AimbaseDealer { DealerNumber = "200" },
        ],
        ProductIds = "21,22",
        Products =
        [
            new AimbaseProduct { ProductCode = "100", ProductName = "Fast Boat", ProductModelYear = 2014, BrandCode = "FLXR", BrandName = "Falcon XR" },
            new AimbaseProduct { ProductCode = "200", BrandCode = "ACME", ProductModelYear = 9999 },
        ],
        Customs = [new AimbaseCustomField("BuyTimeFrame", "1-3 months"), new AimbaseCustomField("Financing", "Yes <please>")],
        LeadUid = Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e"),
        Program = "Loyalty",
        CompanyExternalId = "C-1",
        CompanyUid = Guid.Parse("7c9e6679-7425-40de-944b-e07fc1f90ae7"),
        ProspectExternalId = "P-1",
        ExternalId = "E-1",
        IsSmsOptIn = true,
        ConditionCode = AimbaseConditionCode.Showroom,
        IsCommunicationOptIn = true,
        CommunicationOptInIpAddress = "203.0.113.7",
        CommunicationOptInDate = new DateOnly(2026, 3, 4),
        CommunicationOptInSource = "Web",
        ShouldSendAutoresponder = false,
        ShouldSendLead = false,
        ShouldSendNurture = true,
        ShouldScoreProspect = false,
        UserUid = Guid.Parse("16fd2706-8baf-433b-82eb-8c7fada847da"),
        SessionUid = Guid.Parse("886313e1-3b8a-5372-9b90-0c9aee199e5d"),
        ListCodes = "A,B",
        CanReroute = true,
        Medium = "cpc",
        Term = "boats",
        Content = "ad-1",
    };

    /// <summary>The other value of every boolean, enum and offset, and empty lists.</summary>
    public static AimbaseLead OtherValues() => new()
    {
        LeadApiIdentifier = "9f1c2d3e-0000-4000-8000-000000000002",
        Brands = "FLXR",
        LeadSourceName = "Website",
        LeadTypeName = "Request Brochure",
        LeadCategoryName = "Referral Traffic",
        LeadDate = new DateTimeOffset(2026, 11, 23, 23, 5, 0, TimeSpan.Zero),
        LastName = "Hall",
        CountryCode = "us",
        Dealers = [],
        Products = [],
        Customs = [],
        IsSmsOptIn = false,
        ConditionCode = AimbaseConditionCode.Used,
        IsCommunicationOptIn = false,
        CommunicationOptInDate = new DateOnly(999, 12, 31),
        ShouldSendAutoresponder = true,
        ShouldSendLead = true,
        ShouldSendNurture = false,
        ShouldScoreProspect = true,
        CanReroute = false,
    };

    /// <summary>Only the required fields; the rest null.</summary>
    public static AimbaseLead Minimal() => new()
    {
        LeadApiIdentifier = "9f1c2d3e-0000-4000-8000-000000000003",
        Brands = "FLXR",
        LeadSourceName = "Website",
        LeadTypeName = "Request Brochure",
        LeadCategoryName = "Referral Traffic",
        LastName = "Hall",
        CountryCode = "US",
        ConditionCode = AimbaseConditionCode.New,
        LeadDate = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.FromMinutes(330)),
        IsCommunicationOptIn = false,
    };

    /// <summary>The public properties of the lead and of every item it holds that are null (or empty lists), as <c>Type.Property</c>.</summary>
    public static IEnumerable<string> UnsetProperties(AimbaseLead lead)
    {
        var items = new object[] { lead }
            .Concat(lead.Dealers ?? []).Concat(lead.Products ?? []).Concat(lead.Customs ?? []);
        foreach (var type in new[] { typeof(AimbaseLead), typeof(AimbaseDealer), typeof(AimbaseProduct), typeof(AimbaseCustomField) })
        {
            var first = items.FirstOrDefault(i => i.GetType() == type);
            if (first is null)
            {
                yield return type.Name;
                continue;
            }

            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                // Not a documented field: the escape hatch has its own tests, and these leads pin the model's own bytes.
                if (property.Name == nameof(AimbaseLead.AdditionalFields))
                {
                    continue;
                }

                var value = property.GetValue(first);
                if (value is null || value is System.Collections.ICollection { Count: 0 })
                {
                    yield return $"{type.Name}.{property.Name}";
                }
            }
        }
    }
}
