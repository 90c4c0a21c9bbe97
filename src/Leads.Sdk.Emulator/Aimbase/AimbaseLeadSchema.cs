namespace Leads.Sdk.Emulator.Aimbase;

/// <summary>The doc's Lead, Dealer, Product and Custom Data Schemas as the fake server checks them.</summary>
internal static class AimbaseLeadSchema
{
    public static readonly IReadOnlyDictionary<string, AimbaseField> Lead = Table(
        new("LeadSourceName", 50, Required: true),
        new("LeadTypeName", 50, Required: true),
        new("LeadCategoryName", 50, Required: true),
        new("LeadCampaignName", 50),
        new("Brands", 100, RequiredByTableOnly: true),
        new("LeadUid", Kind: AimbaseFieldKind.Guid),
        new("Program"),
        new("EventName", 100),
        new("LeadDate", Kind: AimbaseFieldKind.DateTimeOffset),
        new("FirstName", 50),
        new("LastName", 50, Required: true),
        new("Address1", 64),
        new("Address2", 64),
        new("City", 64),
        new("State", 3),
        new("PostalCode", 10),
        new("Zip4", 4),
        new("CompanyName", 50),
        new("CompanyTitle", 50),
        new("CompanyExternalId", 20),
        new("CompanyUid", Kind: AimbaseFieldKind.Guid),
        new("County", 25),
        new("Country", 50),
        new("HomePhone", 20),
        new("WorkPhone", 20),
        new("MobilePhone", 20),
        new("Fax", 20),
        new("Email", 80),
        new("CountryCode", 2, Required: true, Kind: AimbaseFieldKind.CountryCode),
        new("DealerIds", 100),
        new("Dealers", Kind: AimbaseFieldKind.List),
        new("ProductIds", 100),
        new("Products", Kind: AimbaseFieldKind.List),
        new("Customs", Kind: AimbaseFieldKind.List),
        new("ProspectExternalId", 20),
        new("ExternalId", 50),
        new("LeadApiIdentifier", 100),
        new("SMSOptIn", Kind: AimbaseFieldKind.Boolean),
        new("ConditionCode", Kind: AimbaseFieldKind.ConditionCode),
        new("IsCommunicationOptIn", Kind: AimbaseFieldKind.Boolean, RequiredByTableOnly: true),
        new("CommunicationOptInIpAddress", 50),
        new("CommunicationOptInDate", Kind: AimbaseFieldKind.Date),
        new("CommunicationOptInSource", 50),
        new("SendAutoresponder", Kind: AimbaseFieldKind.Boolean),
        new("SendLead", Kind: AimbaseFieldKind.YesNo),
        new("SendNurture", Kind: AimbaseFieldKind.Boolean),
        new("ScoreProspect", Kind: AimbaseFieldKind.Boolean),
        new("UserUid", Kind: AimbaseFieldKind.Guid),
        new("SessionUid", Kind: AimbaseFieldKind.Guid),
        new("ListCodes", 128),
        new("LeadReroute", Kind: AimbaseFieldKind.Boolean),
        new("Medium", 200),
        new("Term", 200),
        new("Content", 200),
        new("Comment", 2048));

    public static readonly IReadOnlyDictionary<string, AimbaseField> Dealer = Table(
        new("DealerNumber", 20, Required: true),
        new("DealerLocation", 10),
        new("DealerName", 80),
        new("OemManufactureCode", 20),
        new("OemDealerNumber", 20));

    public static readonly IReadOnlyDictionary<string, AimbaseField> Product = Table(
        new("ProductCode", 50, Required: true),
        new("ProductName", 100),
        new("ProductModelYear", Kind: AimbaseFieldKind.ModelYear),
        new("BrandCode", 100, RequiredByTableOnly: true),
        new("BrandName", 100));

    public static readonly IReadOnlyDictionary<string, AimbaseField> Custom = Table(
        new("FieldName", 50, Required: true),
        new("FieldValue", 2048, Required: true));

    /// <summary>The element name of one item of each list in XML.</summary>
    public static readonly IReadOnlyDictionary<string, (string Item, IReadOnlyDictionary<string, AimbaseField> Schema)> Lists =
        new Dictionary<string, (string, IReadOnlyDictionary<string, AimbaseField>)>(StringComparer.Ordinal)
        {
            ["Dealers"] = ("Dealer", Dealer),
            ["Products"] = ("Product", Product),
            ["Customs"] = ("Custom", Custom),
        };

    private static Dictionary<string, AimbaseField> Table(params AimbaseField[] fields)
        => fields.ToDictionary(f => f.Name, StringComparer.Ordinal);
}
