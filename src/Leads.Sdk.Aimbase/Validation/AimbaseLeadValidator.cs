using Leads.Sdk.Aimbase.Models;
using Leads.Sdk.Validation;

namespace Leads.Sdk.Aimbase.Validation;

/// <summary>
/// The doc's Lead, Dealer, Product and Custom Data Schemas, described once, with only the rules the doc states without
/// contradicting itself: where its table and its own text or examples disagree (<c>Brands</c>, <c>IsCommunicationOptIn</c>,
/// a product's <c>BrandCode</c>), the lead is sent and the server decides (docs/decisions.md, Aimbase Lead API).
/// </summary>
internal static class AimbaseLeadValidator
{
    private const string CountryCodeMessage = "CountryCode must be an ISO two-letter country code.";

    public static Validator<AimbaseLead> Lead { get; } = CreateLeadValidator();

    /// <summary>
    /// Exactly two ASCII letters (<c>^[A-Za-z]{2}\z</c>; the doc's maximum is two characters, so no trailing newline),
    /// checked without running a regex for every lead.
    /// </summary>
    internal static bool IsTwoLetters(string? value)
        => value is not null
            && value.Length == 2
            && char.IsAsciiLetter(value[0])
            && char.IsAsciiLetter(value[1]);

    private static Validator<AimbaseLead> CreateLeadValidator()
    {
        var dealer = new Validator<AimbaseDealer>();
        dealer.RuleFor(nameof(AimbaseDealer.DealerNumber), d => d.DealerNumber).Required().MaxLength(20);
        dealer.RuleFor(nameof(AimbaseDealer.DealerLocation), d => d.DealerLocation).MaxLength(10);
        dealer.RuleFor(nameof(AimbaseDealer.DealerName), d => d.DealerName).MaxLength(80);
        dealer.RuleFor(nameof(AimbaseDealer.OemManufactureCode), d => d.OemManufactureCode).MaxLength(20);
        dealer.RuleFor(nameof(AimbaseDealer.OemDealerNumber), d => d.OemDealerNumber).MaxLength(20);

        var product = new Validator<AimbaseProduct>();
        product.RuleFor(nameof(AimbaseProduct.ProductCode), p => p.ProductCode).Required().MaxLength(50);
        product.RuleFor(nameof(AimbaseProduct.ProductName), p => p.ProductName).MaxLength(100);
        product.RuleFor(nameof(AimbaseProduct.ProductModelYear), p => p.ProductModelYear).InRange(1000, 9999);
        product.RuleFor(nameof(AimbaseProduct.BrandCode), p => p.BrandCode).MaxLength(100);
        product.RuleFor(nameof(AimbaseProduct.BrandName), p => p.BrandName).MaxLength(100);

        var custom = new Validator<AimbaseCustomField>();
        custom.RuleFor(nameof(AimbaseCustomField.FieldName), c => c.FieldName).Required().MaxLength(50);
        custom.RuleFor(nameof(AimbaseCustomField.FieldValue), c => c.FieldValue).Required().MaxLength(2048);

        const string OptedIn = "IsCommunicationOptIn is true";
        var lead = new Validator<AimbaseLead>();
        lead.RuleFor(nameof(AimbaseLead.LeadSourceName), l => l.LeadSourceName).Required().MaxLength(50);
        lead.RuleFor(nameof(AimbaseLead.LeadTypeName), l => l.LeadTypeName).Required().MaxLength(50);
        lead.RuleFor(nameof(AimbaseLead.LeadCategoryName), l => l.LeadCategoryName).Required().MaxLength(50);
        lead.RuleFor(nameof(AimbaseLead.LeadCampaignName), l => l.LeadCampaignName).MaxLength(50);
        lead.RuleFor(nameof(AimbaseLead.Brands), l => l.Brands).MaxLength(100);
        lead.RuleFor(nameof(AimbaseLead.EventName), l => l.EventName).MaxLength(100);
        lead.RuleFor(nameof(AimbaseLead.FirstName), l => l.FirstName).MaxLength(50);
        lead.RuleFor(nameof(AimbaseLead.LastName), l => l.LastName).Required().MaxLength(50);
        lead.RuleFor(nameof(AimbaseLead.Address1), l => l.Address1).MaxLength(64);
        lead.RuleFor(nameof(AimbaseLead.Address2), l => l.Address2).MaxLength(64);
        lead.RuleFor(nameof(AimbaseLead.City), l => l.City).MaxLength(64);
        lead.RuleFor(nameof(AimbaseLead.State), l => l.State).MaxLength(3);
        lead.RuleFor(nameof(AimbaseLead.PostalCode), l => l.PostalCode).MaxLength(10);
        lead.RuleFor(nameof(AimbaseLead.Zip4), l => l.Zip4).MaxLength(4);
        lead.RuleFor(nameof(AimbaseLead.CompanyName), l => l.CompanyName).MaxLength(50);
        lead.RuleFor(nameof(AimbaseLead.CompanyTitle), l => l.CompanyTitle).MaxLength(50);
        lead.RuleFor(nameof(AimbaseLead.CompanyExternalId), l => l.CompanyExternalId).MaxLength(20);
        lead.RuleFor(nameof(AimbaseLead.County), l => l.County).MaxLength(25);
        lead.RuleFor(nameof(AimbaseLead.Country), l => l.Country).MaxLength(50);
        lead.RuleFor(nameof(AimbaseLead.HomePhone), l => l.HomePhone).MaxLength(20);
        lead.RuleFor(nameof(AimbaseLead.WorkPhone), l => l.WorkPhone).MaxLength(20);
        lead.RuleFor(nameof(AimbaseLead.MobilePhone), l => l.MobilePhone).MaxLength(20);
        lead.RuleFor(nameof(AimbaseLead.Fax), l => l.Fax).MaxLength(20);
        lead.RuleFor(nameof(AimbaseLead.Email), l => l.Email).MaxLength(80);
        lead.RuleFor(nameof(AimbaseLead.CountryCode), l => l.CountryCode).Required().Must(ValidationRules.Pattern, IsTwoLetters, _ => CountryCodeMessage);
        lead.RuleFor(nameof(AimbaseLead.DealerIds), l => l.DealerIds).MaxLength(100);
        lead.ForEach(nameof(AimbaseLead.Dealers), l => l.Dealers, dealer);
        lead.RuleFor(nameof(AimbaseLead.ProductIds), l => l.ProductIds).MaxLength(100);
        lead.ForEach(nameof(AimbaseLead.Products), l => l.Products, product);
        lead.ForEach(nameof(AimbaseLead.Customs), l => l.Customs, custom);
        lead.RuleFor(nameof(AimbaseLead.ProspectExternalId), l => l.ProspectExternalId).MaxLength(20);
        lead.RuleFor(nameof(AimbaseLead.ExternalId), l => l.ExternalId).MaxLength(50);
        lead.RuleFor(nameof(AimbaseLead.LeadApiIdentifier), l => l.LeadApiIdentifier).MaxLength(100);
        lead.RuleFor(nameof(AimbaseLead.ConditionCode), l => l.ConditionCode).Defined();
        lead.RuleFor(nameof(AimbaseLead.CommunicationOptInIpAddress), l => l.CommunicationOptInIpAddress)
            .RequiredWhen(l => l.IsCommunicationOptIn == true, OptedIn).MaxLength(50);
        lead.RuleFor(nameof(AimbaseLead.CommunicationOptInDate), l => l.CommunicationOptInDate)
            .RequiredWhen(l => l.IsCommunicationOptIn == true, OptedIn);
        lead.RuleFor(nameof(AimbaseLead.CommunicationOptInSource), l => l.CommunicationOptInSource)
            .RequiredWhen(l => l.IsCommunicationOptIn == true, OptedIn).MaxLength(50);
        lead.RuleFor(nameof(AimbaseLead.ListCodes), l => l.ListCodes).MaxLength(128);
        lead.RuleFor(nameof(AimbaseLead.Medium), l => l.Medium).MaxLength(200);
        lead.RuleFor(nameof(AimbaseLead.Term), l => l.Term).MaxLength(200);
        lead.RuleFor(nameof(AimbaseLead.Content), l => l.Content).MaxLength(200);
        lead.RuleFor(nameof(AimbaseLead.Comment), l => l.Comment).MaxLength(2048);
        return lead;
    }
}
