using Leads.Sdk.Aimbase.Models;

namespace Leads.Sdk.Aimbase.Schema;

/// <summary>
/// The doc's Lead, Dealer, Product and Custom Data Schemas, written once: per field its model name, wire name, documented
/// limit, requirement and format, in wire order (the doc's XML example, then its JSON example, then the schema table).
/// The validator (<see cref="Validation.AimbaseLeadValidator"/>) and the XML writer run from these rows; JSON is the
/// source-generated contract, and a test pins that both encodings send the same fields. Only rules the doc states without
/// contradicting itself are here: where its table and its own text or examples disagree (<c>Brands</c>,
/// <c>IsCommunicationOptIn</c>, a product's <c>BrandCode</c>), the lead is sent and the server decides (docs/decisions.md,
/// Aimbase Lead API). The emulator keeps its own, independent reading of the doc on purpose.
/// </summary>
internal static class AimbaseFieldTable
{
    /// <summary>The wire name of <see cref="AimbaseLead.IsSmsOptIn"/>, as its <c>[JsonPropertyName]</c>.</summary>
    public const string SmsOptIn = "SMSOptIn";

    /// <summary>The wire name of <see cref="AimbaseLead.ShouldSendAutoresponder"/>.</summary>
    public const string SendAutoresponder = "SendAutoresponder";

    /// <summary>The wire name of <see cref="AimbaseLead.ShouldSendLead"/>.</summary>
    public const string SendLead = "SendLead";

    /// <summary>The wire name of <see cref="AimbaseLead.ShouldSendNurture"/>.</summary>
    public const string SendNurture = "SendNurture";

    /// <summary>The wire name of <see cref="AimbaseLead.ShouldScoreProspect"/>.</summary>
    public const string ScoreProspect = "ScoreProspect";

    /// <summary>The wire name of <see cref="AimbaseLead.CanReroute"/>.</summary>
    public const string LeadReroute = "LeadReroute";

    private static readonly AimbaseFieldCondition<AimbaseLead> OptedIn = new(l => l.IsCommunicationOptIn == true, "IsCommunicationOptIn is true");

    /// <summary>The Dealer Data Schema.</summary>
    public static AimbaseFieldList<AimbaseDealer> Dealer { get; } = new AimbaseFieldList<AimbaseDealer>()
        .Text(nameof(AimbaseDealer.DealerNumber), d => d.DealerNumber, maxLength: 20, required: true)
        .Text(nameof(AimbaseDealer.DealerLocation), d => d.DealerLocation, maxLength: 10)
        .Text(nameof(AimbaseDealer.DealerName), d => d.DealerName, maxLength: 80)
        .Text(nameof(AimbaseDealer.OemManufactureCode), d => d.OemManufactureCode, maxLength: 20)
        .Text(nameof(AimbaseDealer.OemDealerNumber), d => d.OemDealerNumber, maxLength: 20);

    /// <summary>The Product Data Schema.</summary>
    public static AimbaseFieldList<AimbaseProduct> Product { get; } = new AimbaseFieldList<AimbaseProduct>()
        .Text(nameof(AimbaseProduct.ProductCode), p => p.ProductCode, maxLength: 50, required: true)
        .Text(nameof(AimbaseProduct.ProductName), p => p.ProductName, maxLength: 100)
        .Number(nameof(AimbaseProduct.ProductModelYear), p => p.ProductModelYear, min: 1000, max: 9999)
        .Text(nameof(AimbaseProduct.BrandCode), p => p.BrandCode, maxLength: 100)
        .Text(nameof(AimbaseProduct.BrandName), p => p.BrandName, maxLength: 100);

    /// <summary>The Custom Data Schema.</summary>
    public static AimbaseFieldList<AimbaseCustomField> Custom { get; } = new AimbaseFieldList<AimbaseCustomField>()
        .Text(nameof(AimbaseCustomField.FieldName), c => c.FieldName, maxLength: 50, required: true)
        .Text(nameof(AimbaseCustomField.FieldValue), c => c.FieldValue, maxLength: 2048, required: true);

    /// <summary>The Lead Data Schema; the <c>Email</c> row is the doc's unnamed 80-character row (docs/decisions.md).</summary>
    public static AimbaseFieldList<AimbaseLead> Lead { get; } = new AimbaseFieldList<AimbaseLead>()
        .Text(nameof(AimbaseLead.LeadApiIdentifier), l => l.LeadApiIdentifier, maxLength: 100)
        .Text(nameof(AimbaseLead.Brands), l => l.Brands, maxLength: 100)
        .Text(nameof(AimbaseLead.LeadSourceName), l => l.LeadSourceName, maxLength: 50, required: true)
        .Text(nameof(AimbaseLead.LeadTypeName), l => l.LeadTypeName, maxLength: 50, required: true)
        .Text(nameof(AimbaseLead.LeadCategoryName), l => l.LeadCategoryName, maxLength: 50, required: true)
        .Text(nameof(AimbaseLead.LeadCampaignName), l => l.LeadCampaignName, maxLength: 50)
        .Text(nameof(AimbaseLead.EventName), l => l.EventName, maxLength: 100)
        .Timestamp(nameof(AimbaseLead.LeadDate), l => l.LeadDate)
        .Text(nameof(AimbaseLead.FirstName), l => l.FirstName, maxLength: 50)
        .Text(nameof(AimbaseLead.LastName), l => l.LastName, maxLength: 50, required: true)
        .Text(nameof(AimbaseLead.Address1), l => l.Address1, maxLength: 64)
        .Text(nameof(AimbaseLead.Address2), l => l.Address2, maxLength: 64)
        .Text(nameof(AimbaseLead.City), l => l.City, maxLength: 64)
        .Text(nameof(AimbaseLead.State), l => l.State, maxLength: 3)
        .Text(nameof(AimbaseLead.PostalCode), l => l.PostalCode, maxLength: 10)
        .Text(nameof(AimbaseLead.Zip4), l => l.Zip4, maxLength: 4)
        .Text(nameof(AimbaseLead.CompanyName), l => l.CompanyName, maxLength: 50)
        .Text(nameof(AimbaseLead.CompanyTitle), l => l.CompanyTitle, maxLength: 50)
        .Text(nameof(AimbaseLead.County), l => l.County, maxLength: 25)
        .Text(nameof(AimbaseLead.Country), l => l.Country, maxLength: 50)
        .Text(nameof(AimbaseLead.HomePhone), l => l.HomePhone, maxLength: 20)
        .Text(nameof(AimbaseLead.WorkPhone), l => l.WorkPhone, maxLength: 20)
        .Text(nameof(AimbaseLead.MobilePhone), l => l.MobilePhone, maxLength: 20)
        .Text(nameof(AimbaseLead.Fax), l => l.Fax, maxLength: 20)
        .Text(nameof(AimbaseLead.Email), l => l.Email, maxLength: 80)
        .CountryCode(nameof(AimbaseLead.CountryCode), l => l.CountryCode, required: true)
        .Text(nameof(AimbaseLead.Comment), l => l.Comment, maxLength: 2048)
        .Text(nameof(AimbaseLead.DealerIds), l => l.DealerIds, maxLength: 100)
        .List(nameof(AimbaseLead.Dealers), "Dealer", l => l.Dealers, Dealer)
        .Text(nameof(AimbaseLead.ProductIds), l => l.ProductIds, maxLength: 100)
        .List(nameof(AimbaseLead.Products), "Product", l => l.Products, Product)
        .List(nameof(AimbaseLead.Customs), "Custom", l => l.Customs, Custom)
        .Guid(nameof(AimbaseLead.LeadUid), l => l.LeadUid)
        .Text(nameof(AimbaseLead.Program), l => l.Program)
        .Text(nameof(AimbaseLead.CompanyExternalId), l => l.CompanyExternalId, maxLength: 20)
        .Guid(nameof(AimbaseLead.CompanyUid), l => l.CompanyUid)
        .Text(nameof(AimbaseLead.ProspectExternalId), l => l.ProspectExternalId, maxLength: 20)
        .Text(nameof(AimbaseLead.ExternalId), l => l.ExternalId, maxLength: 50)
        .Boolean(nameof(AimbaseLead.IsSmsOptIn), l => l.IsSmsOptIn, SmsOptIn)
        .ConditionCode(nameof(AimbaseLead.ConditionCode), l => l.ConditionCode)
        .Boolean(nameof(AimbaseLead.IsCommunicationOptIn), l => l.IsCommunicationOptIn)
        .Text(nameof(AimbaseLead.CommunicationOptInIpAddress), l => l.CommunicationOptInIpAddress, maxLength: 50, requiredWhen: OptedIn)
        .Date(nameof(AimbaseLead.CommunicationOptInDate), l => l.CommunicationOptInDate, requiredWhen: OptedIn)
        .Text(nameof(AimbaseLead.CommunicationOptInSource), l => l.CommunicationOptInSource, maxLength: 50, requiredWhen: OptedIn)
        .Boolean(nameof(AimbaseLead.ShouldSendAutoresponder), l => l.ShouldSendAutoresponder, SendAutoresponder)
        .YesNo(nameof(AimbaseLead.ShouldSendLead), SendLead, l => l.ShouldSendLead)
        .Boolean(nameof(AimbaseLead.ShouldSendNurture), l => l.ShouldSendNurture, SendNurture)
        .Boolean(nameof(AimbaseLead.ShouldScoreProspect), l => l.ShouldScoreProspect, ScoreProspect)
        .Guid(nameof(AimbaseLead.UserUid), l => l.UserUid)
        .Guid(nameof(AimbaseLead.SessionUid), l => l.SessionUid)
        .Text(nameof(AimbaseLead.ListCodes), l => l.ListCodes, maxLength: 128)
        .Boolean(nameof(AimbaseLead.CanReroute), l => l.CanReroute, LeadReroute)
        .Text(nameof(AimbaseLead.Medium), l => l.Medium, maxLength: 200)
        .Text(nameof(AimbaseLead.Term), l => l.Term, maxLength: 200)
        .Text(nameof(AimbaseLead.Content), l => l.Content, maxLength: 200);
}
