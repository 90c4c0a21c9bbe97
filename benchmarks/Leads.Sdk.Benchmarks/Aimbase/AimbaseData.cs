using System.Text;
using Leads.Sdk.Aimbase.Models;

namespace Leads.Sdk.Benchmarks.Aimbase;

/// <summary>Leads shaped like the doc's example post, and the doc's success response for each of them.</summary>
internal static class AimbaseData
{
    public const string Manufacturer = "ACME";
    public const string User = "api-user";
    public const string Token = "api-token-0123456789";

    public static List<AimbaseLead> Leads(int count) => Enumerable.Range(0, count).Select(Lead).ToList();

    public static AimbaseLead Lead(int i) => new()
    {
        LeadApiIdentifier = Identifier(i),
        Brands = "FLXR",
        LeadSourceName = "Website",
        LeadTypeName = "Request Brochure",
        LeadCategoryName = "Referral Traffic",
        FirstName = "Allen",
        LastName = "Hall",
        Address1 = "123 Main Street",
        City = "Saint Louis",
        State = "MO",
        PostalCode = "63105",
        Email = "ahall@avalamarketing.com",
        CountryCode = "US",
        Comment = "This is a comment",
        IsCommunicationOptIn = false,
        Dealers = [new AimbaseDealer { DealerNumber = "100", DealerLocation = "1", DealerName = "Bob's Boats" }],
        Products = [new AimbaseProduct { ProductCode = "100", ProductName = "Fast Boat", ProductModelYear = 2014, BrandCode = "FLXR", BrandName = "Falcon XR" }],
        Customs = [new AimbaseCustomField("BuyTimeFrame", "1-3 months"), new AimbaseCustomField("Financing", "Yes")],
    };

    public static string Identifier(int i) => $"99c932d0-310c-497b-8e45-{i:D12}";

    public static byte[] JsonResponse(int count)
    {
        var records = Enumerable.Range(0, count).Select(i =>
            $$"""{ "LeadApiIdentifier" : "{{Identifier(i)}}", "Id" : "{{i}}", "Status" : "Success", "StatusMessage" : "Lead successfully received", "Messages" : [] }""");
        return Encoding.UTF8.GetBytes($$"""{ "TopLevelError" : null, "LeadResponseRecords" : [{{string.Join(", ", records)}}] }""");
    }

    public static byte[] XmlResponse(int count)
    {
        var records = Enumerable.Range(0, count).Select(i =>
            $"<Lead> <Id>{i}</Id> <Status>Success</Status> <StatusMessage>Lead successfully received</StatusMessage> <Messages /> <LeadApiIdentifier>{Identifier(i)}</LeadApiIdentifier> </Lead>");
        return Encoding.UTF8.GetBytes($"""<Leads xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xsd="http://www.w3.org/2001/XMLSchema"> {string.Join(" ", records)} </Leads>""");
    }
}
