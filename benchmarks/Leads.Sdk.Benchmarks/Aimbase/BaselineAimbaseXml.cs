using System.Globalization;
using System.Xml;
using Leads.Sdk.Aimbase.Models;

namespace Leads.Sdk.Benchmarks.Aimbase;

/// <summary>The Aimbase XML request body as a user would write it by hand with <see cref="XmlWriter"/>.</summary>
internal static class BaselineAimbaseXml
{
    public static void WriteLeads(XmlWriter writer, IEnumerable<AimbaseLead> leads)
    {
        writer.WriteStartElement("Leads");
        foreach (var lead in leads)
        {
            WriteLead(writer, lead);
        }

        writer.WriteEndElement();
    }

    private static void WriteLead(XmlWriter writer, AimbaseLead lead)
    {
        writer.WriteStartElement("Lead");
        Element(writer, "LeadApiIdentifier", lead.LeadApiIdentifier);
        Element(writer, "Brands", lead.Brands);
        Element(writer, "LeadSourceName", lead.LeadSourceName);
        Element(writer, "LeadTypeName", lead.LeadTypeName);
        Element(writer, "LeadCategoryName", lead.LeadCategoryName);
        Element(writer, "FirstName", lead.FirstName);
        Element(writer, "LastName", lead.LastName);
        Element(writer, "Address1", lead.Address1);
        Element(writer, "City", lead.City);
        Element(writer, "State", lead.State);
        Element(writer, "PostalCode", lead.PostalCode);
        Element(writer, "Email", lead.Email);
        Element(writer, "CountryCode", lead.CountryCode);
        Element(writer, "Comment", lead.Comment);
        Element(writer, "IsCommunicationOptIn", lead.IsCommunicationOptIn is { } optIn ? (optIn ? "true" : "false") : null);
        writer.WriteStartElement("Dealers");
        foreach (var dealer in lead.Dealers ?? [])
        {
            writer.WriteStartElement("Dealer");
            Element(writer, "DealerNumber", dealer.DealerNumber);
            Element(writer, "DealerLocation", dealer.DealerLocation);
            Element(writer, "DealerName", dealer.DealerName);
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
        writer.WriteStartElement("Products");
        foreach (var product in lead.Products ?? [])
        {
            writer.WriteStartElement("Product");
            Element(writer, "ProductCode", product.ProductCode);
            Element(writer, "ProductName", product.ProductName);
            Element(writer, "ProductModelYear", product.ProductModelYear?.ToString(CultureInfo.InvariantCulture));
            Element(writer, "BrandCode", product.BrandCode);
            Element(writer, "BrandName", product.BrandName);
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
        writer.WriteStartElement("Customs");
        foreach (var custom in lead.Customs ?? [])
        {
            writer.WriteStartElement("Custom");
            Element(writer, "FieldName", custom.FieldName);
            Element(writer, "FieldValue", custom.FieldValue);
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    private static void Element(XmlWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteElementString(name, value);
        }
    }
}
