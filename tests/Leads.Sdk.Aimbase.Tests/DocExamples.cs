namespace Leads.Sdk.Aimbase.Tests;

/// <summary>The examples of aimbase-lead-api.txt, verbatim unless noted.</summary>
internal static class DocExamples
{
    public const string XmlPost = """
        <?xml version="1.0"?> <Leads xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xsd="http://www.w3.org/2001/XMLSchema"> <Lead> <LeadApiIdentifier>44b07d7b-1677-4bb8-84c0-9846b9d5bec1</LeadApiIdentifier> <LeadSourceName>Website</LeadSourceName> <LeadTypeName>Request Brochure</LeadTypeName> <LeadCategoryName>Referral Traffic</LeadCategoryName> <LeadDate xsi:nil="true" /> <FirstName>Allen</FirstName> <LastName>Hall</LastName> <Address1>123 Main Street</Address1> <City>Saint Louis</City> <State>MO</State> <PostalCode>63105</PostalCode> <Email>ahall@avalamarketing.com</Email> <CountryCode>US</CountryCode> <Comment>This is a comment</Comment> <Dealers> <Dealer> <DealerNumber>100</DealerNumber> <DealerLocation>1</DealerLocation> <DealerName>Bob's Boats</DealerName> </Dealer> </Dealers> <Products> <Product> <ProductCode>100</ProductCode> <ProductName>Fast Boat</ProductName> <ProductModelYear>2014</ProductModelYear> <BrandCode>FLXR</BrandCode> <BrandName>Falcon XR</BrandName> </Product> </Products> <Customs> <Custom> <FieldName>BuyTimeFrame</FieldName> <FieldValue>1-3 months</FieldValue> </Custom> <Custom> <FieldName>Financing</FieldName> <FieldValue>Yes</FieldValue> </Custom> </Customs> <IsCommunicationOptIn xsi:nil="true"/> <CommunicationOptInDate xsi:nil="true"/> </Lead> </Leads>
        """;

    /// <summary>The JSON example post with its two defects repaired: the missing comma and the duplicated ProductName/ProductModelYear keys (see docs/decisions.md).</summary>
    public const string JsonPostRepaired = """
        [{ "LeadApiIdentifier" : "99c932d0-310c-497b-8e45-cad143231092", "Brands" : null, "LeadSourceName" : "Website", "LeadTypeName" : "Request Brochure", "LeadCategoryName" : "Referral Traffic", "LeadCampaignName" : null, "EventName" : null, "LeadDate" : null, "FirstName" : "Allen", "LastName" : "Hall", "Address1" : "123 Main Street", "Address2" : null, "City" : "Saint Louis", "State" : "MO", "PostalCode" : "63105", "Zip4" : null, "CompanyName" : null, "CompanyTitle" : null, "County" : null, "Country" : null, "HomePhone" : null, "WorkPhone" : null, "MobilePhone" : null, "Fax" : null, "Email" : "ahall@avalamarketing.com", "CountryCode" : "US", "DealerIds" : null, "Dealers" : [{ "DealerNumber" : "100", "DealerLocation" : "1", "DealerName" : "Bob's Boats" } ], "ProductIds" : null, "Products" : [{ "ProductCode" : "100", "ProductName" : "Fast Boat", "ProductModelYear" : "2014", "BrandCode" : "FLXR", "BrandName" : "Falcon XR" } ], "Comment" : null, "Customs" : [{ "FieldName" : "BuyTimeFrame", "FieldValue" : "1-3 months" }, { "FieldName" : "Financing", "FieldValue" : "Yes" } ] } ]
        """;

    public const string XmlSuccess = """
        <Leads xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xsd="http://www.w3.org/2001/XMLSchema"> <Lead> <Id>0</Id> <Status>Success</Status> <StatusMessage>Lead successfully received</StatusMessage> <Messages /> <LeadApiIdentifier>44b07d7b-1677-4bb8-84c0-9846b9d5bec1</LeadApiIdentifier> </Lead> </Leads>
        """;

    public const string JsonSuccess = """
        { "TopLevelError" : null, "LeadResponseRecords" : [{ "LeadApiIdentifier" : "99c932d0-310c-497b-8e45-cad143231092", "Id" : "0", "Status" : "Success", "StatusMessage" : "Lead successfully received", "Messages" : [] } ] }
        """;

    public const string XmlFailure = """
        <?xml version="1.0"?> <Leads xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xsd="http://www.w3.org/2001/XMLSchema"> <Lead> <Status>Failure</Status> <StatusMessage>Lead failed validation</StatusMessage> <Messages> <Message> <Field>LeadSourceName</Field> <Message>The LeadSourceName field is required.</Message> </Message> </Messages> <LeadApiIdentifier>44b07d7b-1677-4bb8-84c0-9846b9d5bec1</LeadApiIdentifier> </Lead> </Leads>
        """;

    public const string JsonFailure = """
        { "TopLevelError" : null, "LeadResponseRecords" : [{ "LeadApiIdentifier" : "99c932d0-310c-497b-8e45-cad143231092", "Id" : null, "Status" : "Failure", "StatusMessage" : "Lead failed validation", "Messages" : [{ "Field" : "LeadSourceName", "Message" : "The LeadSourceName field is required." } ] } ] }
        """;

    public const string XmlIdentifier = "44b07d7b-1677-4bb8-84c0-9846b9d5bec1";

    public const string JsonIdentifier = "99c932d0-310c-497b-8e45-cad143231092";
}
