namespace Leads.Sdk.LeadExec.Tests;

/// <summary>Response examples copied verbatim from the Lead Receiver doc (leadexec-lead-receiver.txt).</summary>
internal static class DocExamples
{
    // Create General Lead, Response JSON (ResponseType by name).
    public const string PostResponseJsonByName = """
        {
        "PostID": "f5666260-1c2c-4bd5-9611-bb1387ca2397",
        "isValidPost": true,
        "ResponseType": "No_Error",
        "ResponseDetails": "Lead was accepted",
        "LeadIdentifier": 999999999,
        "VendorAccountAssigned": 99,
        "PendingQCReview": false,
        "Price": 25,
        "RedirectURL": "",
        "StatusURL": ""
        }
        """;

    // Create General Lead XML, Response JSON (ResponseType as a number).
    public const string PostResponseJsonByNumber = """
        {
        "PostID": "f5666260-1c2c-4bd5-9611-bb1387ca2397",
        "isValidPost": true,
        "ResponseType": 0,
        "ResponseDetails": "Lead was accepted",
        "LeadIdentifier": 999999999,
        "VendorAccountAssigned": 99,
        "PendingQCReview": false,
        "Price": 25,
        "RedirectURL": "",
        "StatusURL": ""
        }
        """;

    // Create General Lead, Response XML.
    public const string PostResponseXml = """<?xml version="1.0" encoding="utf-8"?> <PostResponse xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"> <PostID>f5666260-1c2c-4bd5-9611-bb1387ca2397</PostID> <isValidPost>true</isValidPost> <ResponseType>No_Error</ResponseType> <ResponseDetails>Lead was accepted</ResponseDetails> <LeadIdentifier>999999999</LeadIdentifier> <VendorAccountAssigned>99</VendorAccountAssigned> <PendingQCReview>false</PendingQCReview> <Price>25</Price> <RedirectURL /> <StatusURL /> </PostResponse>""";

    // Create Redirect Lead, Response XML: the doc's example is malformed (<PostID>true</isValidPost>).
    public const string RedirectPostResponseXmlAsDocumented = """<?xml version="1.0" encoding="utf-8"?> <PostResponse xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"> <PostID>true</isValidPost> <isValidPost>true</isValidPost> <ResponseType>No_Error</ResponseType> <ResponseDetails>Lead was accepted</ResponseDetails> <LeadIdentifier>999999999</LeadIdentifier> <VendorAccountAssigned>99</VendorAccountAssigned> <PendingQCReview>false</PendingQCReview> <Price>25</Price> <RedirectURL /> <StatusURL /> </PostResponse>""";

    // Update Lead, Response XML.
    public const string UpdateResponseXml = """<?xml version="1.0" encoding="utf-8"?> <PostResponse xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"> <PostID>f5666260-1c2c-4bd5-9611-bb1387ca2397</PostID> <isValidPost>true</isValidPost> <ResponseType>No_Error</ResponseType> <ResponseDetails>Lead information updated</ResponseDetails> <LeadIdentifier>999999999</LeadIdentifier> <VendorAccountAssigned>99</VendorAccountAssigned> <PendingQCReview>false</PendingQCReview> <Price>25</Price> <RedirectURL /> <StatusURL /> </PostResponse>""";

    // Create Lead (sends) JSON, Response JSON: a one-element array.
    public const string ReturnSendsJsonArray = """
        [
        {
        "PostID": "f5666260-1c2c-4bd5-9611-bb1387ca2397",
        "isValidPost": true,
        "ResponseType": 0,
        "ResponseDetails": "Lead was accepted",
        "LeadIdentifier": 999999999,
        "VendorAccountAssigned": 99,
        "PendingQCReview": false,
        "Price": 25,
        "RedirectURL": "",
        "Sends" : [
        {
        "ClientUID": 1234,
        "ClientName": "Demo Company",
        "RedirectURL": "",
        "Valid": true,
        "Price": 25
        },
        {
        "ClientUID": 5679,
        "ClientName": "Acme Company",
        "RedirectURL": "",
        "Valid": true,
        "Price": 25
        }]
        }
        ]
        """;

    // Create Lead (sends), Response XML (the second SendInfo has a name in ClientUID, as documented).
    public const string ReturnSendsXml = """
        <?xml version="1.0" encoding="utf-8"?>
        <PostResponse xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
        <isValidPost>true</isValidPost>
        <ResponseType>No_Error</ResponseType>
        <ResponseDetails>Lead was accepted</ResponseDetails>
        <LeadIdentifier>999999999</LeadIdentifier>
        <VendorAccountAssigned>99</VendorAccountAssigned>
        <PendingQCReview>false</PendingQCReview>
        <Price>25</Price>
        <RedirectURL />
        <Sends>
        <SendInfo>
        <ClientUID>1234</ClientUID>
        <ClientName>Demo Company</ClientName>
        <RedirectURL></RedirectURL>
        <Valid>true</Valid>
        <Price>25</Price>
        </SendInfo>
        <SendInfo>
        <ClientUID>Acme Company</ClientUID>
        <ClientName></ClientName>
        <RedirectURL></RedirectURL>
        <Valid>true</Valid>
        <Price>25</Price>
        </SendInfo>
        </Sends>
        </PostResponse>
        """;

    // Create Lead (transfer), Response JSON, with the doc's stray quote after "7025551212" removed.
    public const string TransferJsonCorrected = """
        {
        "PostID": "f5666260-1c2c-4bd5-9611-bb1387ca2397",
        "isValidPost": true,
        "ResponseType": 0,
        "ResponseDetails": "Lead was accepted",
        "LeadIdentifier": 999999999,
        "VendorAccountAssigned": 99,
        "PendingQCReview": false,
        "Price": 25,
        "RedirectURL": "",
        "ClientInfos" : [
        {
        "ClientUID": 1234,
        "ClientName": "Demo Company",
        "AgentName": "John Smith",
        "AgentPhone": "7025551212"
        },
        {
        "ClientUID": 5679,
        "ClientName": "Acme Company",
        "AgentName": "Bob McCarthy",
        "AgentPhone": "6025551212"
        }]
        }
        """;

    // Create Lead (transfer), Response JSON exactly as documented ("7025551212"" is not JSON).
    public const string TransferJsonAsDocumented = """
        {
        "PostID": "f5666260-1c2c-4bd5-9611-bb1387ca2397",
        "isValidPost": true,
        "ClientInfos" : [
        {
        "ClientUID": 1234,
        "AgentPhone": "7025551212""
        }]
        }
        """;

    // Create Lead (transfer), Response XML, with the </ClientInfos> the doc leaves out.
    public const string TransferXmlCorrected = """
        <?xml version="1.0" encoding="utf-8"?>
        <PostResponse xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
        <isValidPost>true</isValidPost>
        <ResponseType>No_Error</ResponseType>
        <ResponseDetails>Lead was accepted</ResponseDetails>
        <LeadIdentifier>999999999</LeadIdentifier>
        <VendorAccountAssigned>99</VendorAccountAssigned>
        <PendingQCReview>false</PendingQCReview>
        <Price>25</Price>
        <RedirectURL />
        <ClientInfos>
        <ClientInfo>
        <ClientUID>1234</ClientUID>
        <ClientName>Demo Company</ClientName>
        <AgentName>John Smith</AgentName>
        <AgentPhone>7025551212</AgentPhone>
        </ClientInfo>
        <ClientInfo>
        <ClientUID>5679</ClientUID>
        <ClientName>Acme Company</ClientName>
        <AgentName>Bob McCarthy</AgentName>
        <AgentPhone>6025551212</AgentPhone>
        </ClientInfo>
        </ClientInfos>
        </PostResponse>
        """;

    // Async Response JSON.
    public const string QueueJson = """
        {
        "QueueSuccessful":true,
        "PostID":"f5666260-1c2c-4bd5-9611-bb1387ca2397",
        "ResponseDetails":"Lead has been queued for processing",
        "StatusURL":"https://leads.leadexec.net/information/queuestatus/f5666260-1c2c-4bd5-9611-bb1387ca2397"
        }
        """;

    // Async Response XML.
    public const string QueueXml = """<?xml version="1.0" encoding="utf-8"?> <LeadQueueResponse xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"> <QueueSuccessful>true</QueueSuccessful> <PostID>f5666260-1c2c-4bd5-9611-bb1387ca2397</PostID> <ResponseDetails>Lead has been queued for processing</ResponseDetails> <StatusURL>https://leads.leadexec.net/information/queuestatus/f5666260-1c2c-4bd5-9611-bb1387ca2397</StatusURL> </LeadQueueResponse>""";

    // Status URL, Response JSON.
    public const string QueueStatusJson = """
        {
        "PostID": "98bc0376-64f0-4525-802b-249c01d36c36",
        "LeadIdentifier": 12345678,
        "IsValid": true,
        "RejectionReason": "",
        "VendorAccountAssigned": 1234,
        "DateReceived": "2025-11-04T22:29:22.147Z",
        "QualityControlDetails": {
        "PendingReview": false,
        "DateOfReview": "2025-11-04T22:29:22.770Z",
        "IsQualityControlRejected": false,
        "RejectionReason": ""
        },
        "ReturnDetails": {
        "IsReturned": false,
        "DateOfReturn": null,
        "ReturnReason": ""
        },
        "Price": 0.0
        }
        """;

    // Duplicate Check, Response JSON.
    public const string DuplicateJson = """
        {
        "IsDuplicate": true,
        "DuplicateLeadId": 12345678,
        "ReceivedOn": "4/30/2020 1:53:45 PM",
        "Response": "Coverage found, please supply Order ID in POST"
        }
        """;

    // Duplicate Check, Response XML.
    public const string DuplicateXml = """<?xml version="1.0" encoding="utf-8"?> <PingResponse xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"> <IsDuplicate>true</IsDuplicate> <DuplicateLeadId>12345678</DuplicateLeadId> <ReceivedOn>2022-12-28T15:29:34Z</ReceivedOn> <Response>Duplicate Lead, 12345678 Last Received On: 12/28/2022 3:29:34 PM UTC</Response> </PingResponse>""";

    // PING, Response JSON (EstimatedPrice as a string).
    public const string PingJson = """
        {
        "WillAccept": true,
        "RequestID": "ce77b056-0103-4cf8-badf-2e73087b6e5a",
        "OrderID": "7cef1c61-916c-4ea8-b79f-5572e73c4602",
        "EstimatedPrice": "25",
        "OrderExpiresOn": "4/30/2020 1:53:45 PM",
        "Response": "Coverage found, please supply Order ID in POST"
        }
        """;

    // PING, Response XML.
    public const string PingXml = """<?xml version="1.0" encoding="utf-8"?> <PingResponse xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"> <WillAccept>true</WillAccept> <RequestID>ce77b056-0103-4cf8-badf-2e73087b6e5a</RequestID> <OrderID>7cef1c61-916c-4ea8-b79f-5572e73c4602</OrderID> <EstimatedPrice>25</EstimatedPrice> <OrderExpiresOn>4/30/2020 1:53:45 PM</OrderExpiresOn> <Response>Coverage found, please supply Order ID in POST</Response> </PingResponse>""";
}
