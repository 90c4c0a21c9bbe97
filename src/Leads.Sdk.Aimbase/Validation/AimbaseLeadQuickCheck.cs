using System.Runtime.CompilerServices;
using Leads.Sdk.Aimbase.Models;

namespace Leads.Sdk.Aimbase.Validation;

/// <summary>
/// A conservative pre-check of <see cref="AimbaseLeadValidator.Lead"/>: reads each property directly (no getter delegate,
/// no rule objects, no paths) and answers <see langword="true"/> only for a lead the schema accepts. Anything unusual
/// (a value at or past a limit's edge, leading white space, an opted-in lead's details) answers <see langword="false"/>,
/// and the caller then runs the schema, which alone reports errors. So errors, paths and their order come from one place;
/// this only lets the common valid lead skip reading ~60 properties through delegates. Tests pin that every rule the
/// schema reports also fails here.
/// </summary>
internal static class AimbaseLeadQuickCheck
{
    /// <summary>Whether <paramref name="lead"/> certainly passes <see cref="AimbaseLeadValidator.Lead"/>.</summary>
    public static bool IsPlainlyValid(AimbaseLead lead)
    {
        return Required(lead.LeadSourceName, 50)
            && Required(lead.LeadTypeName, 50)
            && Required(lead.LeadCategoryName, 50)
            && Optional(lead.LeadCampaignName, 50)
            && Optional(lead.Brands, 100)
            && Optional(lead.EventName, 100)
            && Optional(lead.FirstName, 50)
            && Required(lead.LastName, 50)
            && Optional(lead.Address1, 64)
            && Optional(lead.Address2, 64)
            && Optional(lead.City, 64)
            && Optional(lead.State, 3)
            && Optional(lead.PostalCode, 10)
            && Optional(lead.Zip4, 4)
            && Optional(lead.CompanyName, 50)
            && Optional(lead.CompanyTitle, 50)
            && Optional(lead.CompanyExternalId, 20)
            && Optional(lead.County, 25)
            && Optional(lead.Country, 50)
            && Optional(lead.HomePhone, 20)
            && Optional(lead.WorkPhone, 20)
            && Optional(lead.MobilePhone, 20)
            && Optional(lead.Fax, 20)
            && Optional(lead.Email, 80)
            && AimbaseLeadValidator.IsTwoLetters(lead.CountryCode)
            && Optional(lead.DealerIds, 100)
            && Optional(lead.ProductIds, 100)
            && Optional(lead.ProspectExternalId, 20)
            && Optional(lead.ExternalId, 50)
            && Optional(lead.LeadApiIdentifier, 100)
            && (lead.ConditionCode is null || Enum.IsDefined(lead.ConditionCode.Value))
            && lead.IsCommunicationOptIn != true
            && Optional(lead.CommunicationOptInIpAddress, 50)
            && Optional(lead.CommunicationOptInSource, 50)
            && Optional(lead.ListCodes, 128)
            && Optional(lead.Medium, 200)
            && Optional(lead.Term, 200)
            && Optional(lead.Content, 200)
            && Optional(lead.Comment, 2048)
            && Dealers(lead.Dealers)
            && Products(lead.Products)
            && Customs(lead.Customs);
    }

    private static bool Dealers(IList<AimbaseDealer>? dealers)
    {
        if (dealers is null)
        {
            return true;
        }

        if (dealers is not List<AimbaseDealer> list)
        {
            return false;
        }

        foreach (var dealer in list)
        {
            if (dealer is null
                || !Required(dealer.DealerNumber, 20)
                || !Optional(dealer.DealerLocation, 10)
                || !Optional(dealer.DealerName, 80)
                || !Optional(dealer.OemManufactureCode, 20)
                || !Optional(dealer.OemDealerNumber, 20))
            {
                return false;
            }
        }

        return true;
    }

    private static bool Products(IList<AimbaseProduct>? products)
    {
        if (products is null)
        {
            return true;
        }

        if (products is not List<AimbaseProduct> list)
        {
            return false;
        }

        foreach (var product in list)
        {
            if (product is null
                || !Required(product.ProductCode, 50)
                || !Optional(product.ProductName, 100)
                || product.ProductModelYear is < 1000 or > 9999
                || !Optional(product.BrandCode, 100)
                || !Optional(product.BrandName, 100))
            {
                return false;
            }
        }

        return true;
    }

    private static bool Customs(IList<AimbaseCustomField>? customs)
    {
        if (customs is null)
        {
            return true;
        }

        if (customs is not List<AimbaseCustomField> list)
        {
            return false;
        }

        foreach (var custom in list)
        {
            if (custom is null || !Required(custom.FieldName, 50) || !Required(custom.FieldValue, 2048))
            {
                return false;
            }
        }

        return true;
    }

    // Missing or within the limit passes; white space longer than the limit is left to the schema.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Optional(string? value, int maxLength) => value is null || value.Length <= maxLength;

    // Present (starts with a non-white-space character, so not null, empty or white space) and within the limit.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Required(string? value, int maxLength)
        => value is not null && value.Length != 0 && value.Length <= maxLength && !char.IsWhiteSpace(value[0]);
}
