using Leads.Sdk.Aimbase.Models;
using RichardSzalay.MockHttp;

namespace Leads.Sdk.Aimbase.Tests;

internal static class TestData
{
    public const string BaseUrl = "https://aimbase.example/";
    public const string Token = "s3cret-token-value";
    public const string ExpectedAuthenticate = "Avala-Api api-user:" + Token;

    public static AimbaseClientOptions Options(AimbaseWireFormat format = AimbaseWireFormat.Json) => new()
    {
        BaseAddress = new Uri(BaseUrl),
        Username = "api-user",
        ApiToken = Token,
        DefaultManufacturerCode = "MFR",
        Format = format,
    };

    public static AimbaseClient Client(MockHttpMessageHandler mock, AimbaseClientOptions? options = null)
        => new(mock.ToHttpClient(), options ?? Options());

    /// <summary>A lead that passes every rule.</summary>
    public static AimbaseLead ValidLead(string? identifier = null) => new()
    {
        LeadApiIdentifier = identifier,
        LeadSourceName = "Website",
        LeadTypeName = "Request Brochure",
        LeadCategoryName = "Referral Traffic",
        Brands = "FLXR",
        LastName = "Hall",
        CountryCode = "US",
        IsCommunicationOptIn = false,
    };

    /// <summary>
    /// The doc's example lead exactly: no <c>Brands</c> (the JSON example sends null) and no <c>IsCommunicationOptIn</c>
    /// (the XML example sends <c>xsi:nil</c>), although the doc's table marks both required.
    /// </summary>
    public static AimbaseLead DocExampleLead(string identifier) => new()
    {
        LeadApiIdentifier = identifier,
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
        Dealers = [new AimbaseDealer { DealerNumber = "100", DealerLocation = "1", DealerName = "Bob's Boats" }],
        Products = [new AimbaseProduct { ProductCode = "100", ProductName = "Fast Boat", ProductModelYear = 2014, BrandCode = "FLXR", BrandName = "Falcon XR" }],
        Customs = [new AimbaseCustomField("BuyTimeFrame", "1-3 months"), new AimbaseCustomField("Financing", "Yes")],
    };

    public static string SuccessJson(params string[] identifiers)
        => "{\"TopLevelError\":null,\"LeadResponseRecords\":["
            + string.Join(",", identifiers.Select((id, i) => $"{{\"LeadApiIdentifier\":\"{id}\",\"Id\":\"{i + 1}\",\"Status\":\"Success\",\"StatusMessage\":\"Lead successfully received\",\"Messages\":[]}}"))
            + "]}";
}
