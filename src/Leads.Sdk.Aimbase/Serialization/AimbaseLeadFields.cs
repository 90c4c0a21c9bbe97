using Leads.Sdk.Aimbase.Models;

namespace Leads.Sdk.Aimbase.Serialization;

/// <summary>
/// The fields of a lead in wire order, with the JSON contract's names (the model's property names, or the doc's name that a
/// boolean's <c>[JsonPropertyName]</c> gives) and value formats (the JSON converters' <c>Format</c> methods), for the XML writer and
/// its character check. The JSON context stays the contract: a test compares what this sends with what it writes.
/// </summary>
internal static class AimbaseLeadFields
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

    /// <summary>The item element names of the doc's XML wrappers.</summary>
    public const string Dealer = "Dealer";

    /// <inheritdoc cref="Dealer"/>
    public const string Product = "Product";

    /// <inheritdoc cref="Dealer"/>
    public const string Custom = "Custom";

    /// <summary>Passes every field of <paramref name="lead"/> to <paramref name="visitor"/>, in wire order.</summary>
    public static void Visit<TVisitor>(AimbaseLead lead, ref TVisitor visitor)
        where TVisitor : struct, IAimbaseLeadFieldVisitor
    {
        visitor.Text(nameof(AimbaseLead.LeadApiIdentifier), lead.LeadApiIdentifier);
        visitor.Text(nameof(AimbaseLead.Brands), lead.Brands);
        visitor.Text(nameof(AimbaseLead.LeadSourceName), lead.LeadSourceName);
        visitor.Text(nameof(AimbaseLead.LeadTypeName), lead.LeadTypeName);
        visitor.Text(nameof(AimbaseLead.LeadCategoryName), lead.LeadCategoryName);
        visitor.Text(nameof(AimbaseLead.LeadCampaignName), lead.LeadCampaignName);
        visitor.Text(nameof(AimbaseLead.EventName), lead.EventName);
        visitor.Timestamp(nameof(AimbaseLead.LeadDate), lead.LeadDate);
        visitor.Text(nameof(AimbaseLead.FirstName), lead.FirstName);
        visitor.Text(nameof(AimbaseLead.LastName), lead.LastName);
        visitor.Text(nameof(AimbaseLead.Address1), lead.Address1);
        visitor.Text(nameof(AimbaseLead.Address2), lead.Address2);
        visitor.Text(nameof(AimbaseLead.City), lead.City);
        visitor.Text(nameof(AimbaseLead.State), lead.State);
        visitor.Text(nameof(AimbaseLead.PostalCode), lead.PostalCode);
        visitor.Text(nameof(AimbaseLead.Zip4), lead.Zip4);
        visitor.Text(nameof(AimbaseLead.CompanyName), lead.CompanyName);
        visitor.Text(nameof(AimbaseLead.CompanyTitle), lead.CompanyTitle);
        visitor.Text(nameof(AimbaseLead.County), lead.County);
        visitor.Text(nameof(AimbaseLead.Country), lead.Country);
        visitor.Text(nameof(AimbaseLead.HomePhone), lead.HomePhone);
        visitor.Text(nameof(AimbaseLead.WorkPhone), lead.WorkPhone);
        visitor.Text(nameof(AimbaseLead.MobilePhone), lead.MobilePhone);
        visitor.Text(nameof(AimbaseLead.Fax), lead.Fax);
        visitor.Text(nameof(AimbaseLead.Email), lead.Email);
        visitor.Text(nameof(AimbaseLead.CountryCode), lead.CountryCode);
        visitor.Text(nameof(AimbaseLead.Comment), lead.Comment);
        visitor.Text(nameof(AimbaseLead.DealerIds), lead.DealerIds);
        if (lead.Dealers is { } dealers)
        {
            visitor.StartList(nameof(AimbaseLead.Dealers));
            for (var i = 0; i < dealers.Count; i++)
            {
                visitor.StartItem(Dealer, i);
                if (dealers[i] is { } dealer)
                {
                    visitor.Text(nameof(AimbaseDealer.DealerNumber), dealer.DealerNumber);
                    visitor.Text(nameof(AimbaseDealer.DealerLocation), dealer.DealerLocation);
                    visitor.Text(nameof(AimbaseDealer.DealerName), dealer.DealerName);
                    visitor.Text(nameof(AimbaseDealer.OemManufactureCode), dealer.OemManufactureCode);
                    visitor.Text(nameof(AimbaseDealer.OemDealerNumber), dealer.OemDealerNumber);
                }

                visitor.EndItem();
            }

            visitor.EndList();
        }

        visitor.Text(nameof(AimbaseLead.ProductIds), lead.ProductIds);
        if (lead.Products is { } products)
        {
            visitor.StartList(nameof(AimbaseLead.Products));
            for (var i = 0; i < products.Count; i++)
            {
                visitor.StartItem(Product, i);
                if (products[i] is { } product)
                {
                    visitor.Text(nameof(AimbaseProduct.ProductCode), product.ProductCode);
                    visitor.Text(nameof(AimbaseProduct.ProductName), product.ProductName);
                    visitor.Number(nameof(AimbaseProduct.ProductModelYear), product.ProductModelYear);
                    visitor.Text(nameof(AimbaseProduct.BrandCode), product.BrandCode);
                    visitor.Text(nameof(AimbaseProduct.BrandName), product.BrandName);
                }

                visitor.EndItem();
            }

            visitor.EndList();
        }

        if (lead.Customs is { } customs)
        {
            visitor.StartList(nameof(AimbaseLead.Customs));
            for (var i = 0; i < customs.Count; i++)
            {
                visitor.StartItem(Custom, i);
                if (customs[i] is { } custom)
                {
                    visitor.Text(nameof(AimbaseCustomField.FieldName), custom.FieldName);
                    visitor.Text(nameof(AimbaseCustomField.FieldValue), custom.FieldValue);
                }

                visitor.EndItem();
            }

            visitor.EndList();
        }

        visitor.Guid(nameof(AimbaseLead.LeadUid), lead.LeadUid);
        visitor.Text(nameof(AimbaseLead.Program), lead.Program);
        visitor.Text(nameof(AimbaseLead.CompanyExternalId), lead.CompanyExternalId);
        visitor.Guid(nameof(AimbaseLead.CompanyUid), lead.CompanyUid);
        visitor.Text(nameof(AimbaseLead.ProspectExternalId), lead.ProspectExternalId);
        visitor.Text(nameof(AimbaseLead.ExternalId), lead.ExternalId);
        visitor.Boolean(SmsOptIn, lead.IsSmsOptIn);
        visitor.Literal(nameof(AimbaseLead.ConditionCode), lead.ConditionCode is { } code ? AimbaseConditionCodeConverter.Format(code) : null);
        visitor.Boolean(nameof(AimbaseLead.IsCommunicationOptIn), lead.IsCommunicationOptIn);
        visitor.Text(nameof(AimbaseLead.CommunicationOptInIpAddress), lead.CommunicationOptInIpAddress);
        visitor.Date(nameof(AimbaseLead.CommunicationOptInDate), lead.CommunicationOptInDate);
        visitor.Text(nameof(AimbaseLead.CommunicationOptInSource), lead.CommunicationOptInSource);
        visitor.Boolean(SendAutoresponder, lead.ShouldSendAutoresponder);
        visitor.Literal(SendLead, lead.ShouldSendLead is { } send ? AimbaseYesNoConverter.Format(send) : null);
        visitor.Boolean(SendNurture, lead.ShouldSendNurture);
        visitor.Boolean(ScoreProspect, lead.ShouldScoreProspect);
        visitor.Guid(nameof(AimbaseLead.UserUid), lead.UserUid);
        visitor.Guid(nameof(AimbaseLead.SessionUid), lead.SessionUid);
        visitor.Text(nameof(AimbaseLead.ListCodes), lead.ListCodes);
        visitor.Boolean(LeadReroute, lead.CanReroute);
        visitor.Text(nameof(AimbaseLead.Medium), lead.Medium);
        visitor.Text(nameof(AimbaseLead.Term), lead.Term);
        visitor.Text(nameof(AimbaseLead.Content), lead.Content);
    }
}
