using System.Text;
using RichardSzalay.MockHttp;
using Leads.Sdk.LeadExec.Models;

namespace Leads.Sdk.LeadExec.Tests;

public sealed class LeadExecClientResponseParsingTests
{
    private static LeadExecCreateLeadRequest General(LeadExecPostType type = LeadExecPostType.General)
    {
        var lead = new LeadExecLead();
        lead.Fields.Add("Email", "a@b.c");
        return new LeadExecCreateLeadRequest { Lead = lead, PostType = type };
    }

    private static async Task<LeadExecPostResult> InsertReturningAsync(string body, string mediaType = "application/json", LeadExecPostType type = LeadExecPostType.General)
    {
        var test = new TestClient();
        test.Mock.When(HttpMethod.Post, "*").Respond(mediaType, body);
        return await test.Client.CreateLeadAsync(General(type), TestContext.Current.CancellationToken);
    }

    [Theory]
    [InlineData(DocExamples.PostResponseJsonByName, "application/json")]
    [InlineData(DocExamples.PostResponseJsonByNumber, "application/json")]
    [InlineData(DocExamples.PostResponseXml, "application/xml")]
    public async Task CreateLeadAsync_DocPostResponse_ReadsEveryProperty(string body, string mediaType)
    {
        var result = await InsertReturningAsync(body, mediaType);

        Assert.Equal("f5666260-1c2c-4bd5-9611-bb1387ca2397", result.PostId);
        Assert.True(result.IsValidPost);
        Assert.Equal(LeadExecResponseType.NoError, result.ResponseType);
        Assert.Equal("Lead was accepted", result.ResponseDetails);
        Assert.Equal(999999999, result.LeadId);
        Assert.Equal(99, result.AssignedVendorAccountId);
        Assert.False(result.IsPendingQualityControlReview);
        Assert.Equal(25m, result.Price);
        Assert.Null(result.RedirectUrl);
        Assert.Null(result.StatusUrl);
        Assert.Empty(result.Sends);
    }

    [Fact]
    public async Task UpdateLeadAsync_DocXmlResponse_ReadsUpdatedDetails()
    {
        var test = new TestClient();
        test.Mock.When(HttpMethod.Post, TestClient.Base + "/processor/update/xml").Respond("application/xml", DocExamples.UpdateResponseXml);
        var update = new LeadExecUpdateLeadRequest { LeadId = 999999999, ResponseFormat = LeadExecResponseFormat.Xml };

        var result = await test.Client.UpdateLeadAsync(update, TestContext.Current.CancellationToken);

        Assert.Equal("Lead information updated", result.ResponseDetails);
        Assert.Equal(999999999, result.LeadId);
    }

    [Fact]
    public async Task CreateLeadAsync_DocReturnSendsJsonInOneElementArray_ReadsSends()
    {
        var result = await InsertReturningAsync(DocExamples.ReturnSendsJsonArray, type: LeadExecPostType.ReturnSends);

        Assert.Collection(
            result.Sends,
            s => { Assert.Equal(1234, s.ClientId); Assert.Equal("Demo Company", s.ClientName); Assert.True(s.IsValid); Assert.Equal(25m, s.Price); Assert.Null(s.RedirectUrl); },
            s => { Assert.Equal(5679, s.ClientId); Assert.Equal("Acme Company", s.ClientName); });
    }

    [Fact]
    public async Task CreateLeadAsync_DocReturnSendsXml_ReadsSendInfosAndToleratesNameInClientUid()
    {
        var result = await InsertReturningAsync(DocExamples.ReturnSendsXml, "application/xml", LeadExecPostType.ReturnSends);

        Assert.Null(result.PostId);
        Assert.Collection(
            result.Sends,
            s => { Assert.Equal(1234, s.ClientId); Assert.Equal("Demo Company", s.ClientName); },
            s => { Assert.Null(s.ClientId); Assert.True(s.IsValid); Assert.Equal(25m, s.Price); });
    }

    [Theory]
    [InlineData(DocExamples.TransferJsonCorrected, "application/json")]
    [InlineData(DocExamples.TransferXmlCorrected, "application/xml")]
    public async Task CreateLeadAsync_DocTransferResponse_ReadsClientInfos(string body, string mediaType)
    {
        var result = await InsertReturningAsync(body, mediaType, LeadExecPostType.Transfer);

        Assert.Collection(
            result.ClientInfos,
            c => { Assert.Equal(1234, c.ClientId); Assert.Equal("John Smith", c.AgentName); Assert.Equal("7025551212", c.AgentPhone); },
            c => { Assert.Equal(5679, c.ClientId); Assert.Equal("Acme Company", c.ClientName); Assert.Equal("6025551212", c.AgentPhone); });
    }

    [Theory]
    [InlineData(DocExamples.TransferJsonAsDocumented, "application/json")]
    [InlineData(DocExamples.RedirectPostResponseXmlAsDocumented, "application/xml")]
    public async Task CreateLeadAsync_MalformedDocExample_ThrowsUnreadableResponse(string body, string mediaType)
    {
        await Assert.ThrowsAsync<LeadsUnreadableResponseException>(() => InsertReturningAsync(body, mediaType));
    }

    [Theory]
    [InlineData("No_Error", LeadExecResponseType.NoError)]
    [InlineData("System_ID_Missing", LeadExecResponseType.SystemIdMissing)]
    [InlineData("LeadType_ID_Missing", LeadExecResponseType.LeadTypeIdMissing)]
    [InlineData("Vendor_ID_Missing", LeadExecResponseType.VendorIdMissing)]
    [InlineData("No_Account_Found", LeadExecResponseType.NoAccountFound)]
    [InlineData("Outside_Criteria", LeadExecResponseType.OutsideCriteria)]
    [InlineData("Duplicate_Lead", LeadExecResponseType.DuplicateLead)]
    [InlineData("Account_Disabled", LeadExecResponseType.AccountDisabled)]
    [InlineData("Post_Over_Max", LeadExecResponseType.PostOverMax)]
    [InlineData("Data_Errors", LeadExecResponseType.DataErrors)]
    [InlineData("data_errors", LeadExecResponseType.DataErrors)]
    [InlineData("Something_New", LeadExecResponseType.Unknown)]
    public async Task CreateLeadAsync_ResponseTypeByName_MapsEveryDocumentedValue(string wire, LeadExecResponseType expected)
    {
        var result = await InsertReturningAsync($$"""{"isValidPost":false,"ResponseType":"{{wire}}"}""");

        Assert.Equal(expected, result.ResponseType);
    }

    [Theory]
    [InlineData(0, LeadExecResponseType.NoError)]
    [InlineData(1, LeadExecResponseType.SystemIdMissing)]
    [InlineData(2, LeadExecResponseType.LeadTypeIdMissing)]
    [InlineData(3, LeadExecResponseType.VendorIdMissing)]
    [InlineData(4, LeadExecResponseType.NoAccountFound)]
    [InlineData(5, LeadExecResponseType.OutsideCriteria)]
    [InlineData(6, LeadExecResponseType.DuplicateLead)]
    [InlineData(7, LeadExecResponseType.AccountDisabled)]
    [InlineData(8, LeadExecResponseType.PostOverMax)]
    [InlineData(9, LeadExecResponseType.DataErrors)]
    public async Task CreateLeadAsync_ResponseTypeByNumber_MapsEveryDocumentedValue(int wire, LeadExecResponseType expected)
    {
        var asNumber = await InsertReturningAsync($$"""{"isValidPost":false,"ResponseType":{{wire}}}""");
        var asString = await InsertReturningAsync($$"""{"isValidPost":false,"ResponseType":"{{wire}}"}""");
        var asXml = await InsertReturningAsync($"<PostResponse><isValidPost>false</isValidPost><ResponseType>{wire}</ResponseType></PostResponse>", "application/xml");

        Assert.Equal(expected, asNumber.ResponseType);
        Assert.Equal(expected, asString.ResponseType);
        Assert.Equal(expected, asXml.ResponseType);
    }

    [Fact]
    public async Task CreateLeadAsync_NumbersAndBooleansAsStrings_AreRead()
    {
        var result = await InsertReturningAsync("""{"isValidPost":"True","ResponseType":"0","LeadIdentifier":"42","Price":"12.50","PendingQCReview":"false","ResponseDetail":"singular name"}""");

        Assert.True(result.IsValidPost);
        Assert.Equal(42, result.LeadId);
        Assert.Equal(12.50m, result.Price);
        Assert.False(result.IsPendingQualityControlReview);
        Assert.Equal("singular name", result.ResponseDetails);
    }

    [Fact]
    public async Task CreateLeadAsync_JsonNumbersWithFractionOrExponent_AreReadAsDecimalsAndRefusedAsWholeNumbers()
    {
        var result = await InsertReturningAsync("""{"isValidPost":true,"Price":1.25e1,"LeadIdentifier":-7,"VendorAccountAssigned":00}""".Replace("00", "0", StringComparison.Ordinal));

        Assert.Equal(12.5m, result.Price);
        Assert.Equal(-7, result.LeadId);
        Assert.Equal(0, result.AssignedVendorAccountId);

        var error = await Assert.ThrowsAsync<LeadsUnreadableResponseException>(() => InsertReturningAsync("""{"isValidPost":true,"LeadIdentifier":4.5}"""));
        Assert.Contains("'LeadIdentifier' is not a whole number: '4.5'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateLeadAsync_NamesOfEqualLengthAndEnds_AreToldApart()
    {
        // "PostID" and "PxxxxD" share a length and first and last letters; only the full name may match.
        var result = await InsertReturningAsync("""{"isValidPost":true,"PostID":"right","PxxxxD":"wrong","pOSTid":"last"}""");

        Assert.Equal("last", result.PostId);
    }

    [Fact]
    public async Task CreateLeadAsync_ArrayOfTwoResponses_ThrowsUnreadableRatherThanDroppingOne()
    {
        await Assert.ThrowsAsync<LeadsUnreadableResponseException>(() => InsertReturningAsync("""[{"isValidPost":true},{"isValidPost":false}]"""));
    }

    [Theory]
    [InlineData("")]
    [InlineData("<html><body>Error</body></html>")]
    [InlineData("""{"ResponseType":0}""")]
    [InlineData("""{"isValidPost":"maybe"}""")]
    public async Task CreateLeadAsync_UnreadableBody_ThrowsUnreadableResponse(string body)
    {
        await Assert.ThrowsAsync<LeadsUnreadableResponseException>(() => InsertReturningAsync(body));
    }

    [Fact]
    public async Task GetQueueStatusAsync_DocExample_ReadsNestedDetails()
    {
        var test = new TestClient();
        test.Respond(HttpMethod.Get, "/information/queuestatus/98bc0376-64f0-4525-802b-249c01d36c36", DocExamples.QueueStatusJson);

        var status = await test.Client.GetQueueStatusAsync("98bc0376-64f0-4525-802b-249c01d36c36", TestContext.Current.CancellationToken);

        Assert.Equal("GET", test.Single.Method);
        Assert.True(status.IsProcessed);
        Assert.True(status.IsValid);
        Assert.Equal(12345678, status.LeadId);
        Assert.Null(status.RejectionReason);
        Assert.Equal(1234, status.AssignedVendorAccountId);
        Assert.Equal(new DateTimeOffset(2025, 11, 4, 22, 29, 22, 147, TimeSpan.Zero), status.DateReceived);
        Assert.False(status.QualityControlDetails!.IsPendingReview);
        Assert.Equal(new DateTimeOffset(2025, 11, 4, 22, 29, 22, 770, TimeSpan.Zero), status.QualityControlDetails.DateOfReview);
        Assert.False(status.ReturnDetails!.IsReturned);
        Assert.Null(status.ReturnDetails.DateOfReturn);
        Assert.Equal(0m, status.Price);
    }

    [Theory]
    [InlineData(DocExamples.DuplicateJson, "application/json")]
    [InlineData(DocExamples.DuplicateXml, "application/xml")]
    public async Task CheckDuplicateLeadAsync_DocExamples_ReadDuplicate(string body, string mediaType)
    {
        var test = new TestClient();
        test.Mock.When(HttpMethod.Post, TestClient.Base + "/processor/duplicate/check").Respond(mediaType, body);
        var request = new LeadExecCheckDuplicateLeadRequest();
        request.Fields.Add("Email", "test@test.com");

        var result = await test.Client.CheckDuplicateLeadAsync(request, TestContext.Current.CancellationToken);

        Assert.True(result.IsDuplicate);
        Assert.Equal(12345678, result.DuplicateLeadId);
        Assert.NotNull(result.ReceivedOn);
        Assert.NotNull(result.ResponseDetails);
    }

    [Fact]
    public async Task CheckDuplicateLeadAsync_UsDateAndTypoName_ReadAsUtc()
    {
        var test = new TestClient();
        test.Mock.When(HttpMethod.Post, "*").Respond("application/json", """{"IsDuplicate":"true","DuplicateLeadId":"5","ReceviedOn":"12/28/2022 3:29:34 PM"}""");
        var request = new LeadExecCheckDuplicateLeadRequest();
        request.Fields.Add("Email", "test@test.com");

        var result = await test.Client.CheckDuplicateLeadAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(new DateTimeOffset(2022, 12, 28, 15, 29, 34, TimeSpan.Zero), result.ReceivedOn);
        Assert.Equal(5, result.DuplicateLeadId);
    }

    [Theory]
    [InlineData(DocExamples.PingJson, "application/json")]
    [InlineData(DocExamples.PingXml, "application/xml")]
    public async Task PingLeadAsync_DocExamples_ReadOrder(string body, string mediaType)
    {
        var test = new TestClient();
        test.Mock.When(HttpMethod.Post, "*").Respond(mediaType, body);
        var lead = new LeadExecLead();
        lead.Fields.Add("ZipCode", "89101");

        var ping = await test.Client.PingLeadAsync(new LeadExecPingLeadRequest { Lead = lead }, TestContext.Current.CancellationToken);

        Assert.True(ping.IsAccepted);
        Assert.Equal("ce77b056-0103-4cf8-badf-2e73087b6e5a", ping.RequestId);
        Assert.Equal("7cef1c61-916c-4ea8-b79f-5572e73c4602", ping.OrderId);
        Assert.Equal(25m, ping.EstimatedPrice);
        // As written: the doc's value has no zone, so none is assumed.
        Assert.Equal(new DateTime(2020, 4, 30, 13, 53, 45, DateTimeKind.Unspecified), ping.OrderExpiresOn);
        Assert.Equal(DateTimeKind.Unspecified, ping.OrderExpiresOn!.Value.Kind);
        Assert.Equal("Coverage found, please supply Order ID in POST", ping.ResponseDetails);
    }

    [Theory]
    [InlineData("2020-04-30T13:53:45Z", 13)]
    [InlineData("2020-04-30T13:53:45-07:00", 20)]
    public async Task PingLeadAsync_OrderExpiresOnWithAZone_IsKeptAsUtc(string expires, int utcHour)
    {
        var test = new TestClient();
        test.Mock.When(HttpMethod.Post, "*").Respond("application/json", $$"""{"WillAccept":true,"OrderID":"o1","OrderExpiresOn":"{{expires}}"}""");
        var lead = new LeadExecLead();
        lead.Fields.Add("ZipCode", "89101");

        var ping = await test.Client.PingLeadAsync(new LeadExecPingLeadRequest { Lead = lead }, TestContext.Current.CancellationToken);

        Assert.Equal(new DateTime(2020, 4, 30, utcHour, 53, 45, DateTimeKind.Utc), ping.OrderExpiresOn);
        Assert.Equal(DateTimeKind.Utc, ping.OrderExpiresOn!.Value.Kind);
    }

    [Fact]
    public async Task CreateLeadAsync_EscapedAndDuplicatedNames_LastValueWinsCaseInsensitively()
    {
        var result = await InsertReturningAsync("""{"isValidPost":false,"Post\u0049D":"first","postid":"second","RESPONSEDETAILS":"caps \"quoted\" \u00e9"}""");

        Assert.Equal("second", result.PostId);
        Assert.Equal("caps \"quoted\" é", result.ResponseDetails);
        Assert.False(result.IsValidPost);
    }

    [Fact]
    public async Task CreateLeadAsync_UnescapedNonAsciiText_IsReadAsWritten()
    {
        var result = await InsertReturningAsync("""{"isValidPost":true,"ResponseDetails":"Zoë – accepted ✓"}""");

        Assert.Equal("Zoë – accepted ✓", result.ResponseDetails);
    }

    [Fact]
    public async Task CreateLeadAsync_InvalidUtf8InText_ThrowsUnreadable()
    {
        var test = new TestClient();
        byte[] body = [.. Encoding.UTF8.GetBytes("""{"isValidPost":true,"PostID":"ab"""), 0xFF, .. Encoding.UTF8.GetBytes("\"}")];
        test.Mock.When(HttpMethod.Post, "*").Respond(_ => new HttpResponseMessage { Content = new ByteArrayContent(body) });

        await Assert.ThrowsAsync<LeadsUnreadableResponseException>(() => test.Client.CreateLeadAsync(General(), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task CreateLeadAsync_BodyWithUtf8Bom_IsRead()
    {
        var test = new TestClient();
        byte[] body = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("""{"isValidPost":true,"ResponseType":"No_Error"}""")];
        test.Mock.When(HttpMethod.Post, "*").Respond(_ => new HttpResponseMessage { Content = new ByteArrayContent(body) });

        var result = await test.Client.CreateLeadAsync(General(), TestContext.Current.CancellationToken);

        Assert.True(result.IsValidPost);
        Assert.Equal(LeadExecResponseType.NoError, result.ResponseType);
    }

    [Theory]
    [InlineData("""{"isValidPost":true} {"isValidPost":false}""")]
    [InlineData("""{"isValidPost":true,"PostID":{"nested":1}}""")]
    [InlineData("""{"isValidPost":true,"Sends":"not a list"}""")]
    [InlineData("""{"isValidPost":true""")]
    [InlineData("[]")]
    [InlineData("[1]")]
    public async Task CreateLeadAsync_MalformedOrWrongShape_ThrowsUnreadableResponse(string body)
    {
        var error = await Assert.ThrowsAsync<LeadsUnreadableResponseException>(() => InsertReturningAsync(body));

        Assert.IsNotType<LeadsUnreadableResponseException>(error.InnerException);
    }

    [Fact]
    public async Task CreateLeadAsync_LargeBody_IsReadWhole()
    {
        var padding = new string('x', 20_000);
        var result = await InsertReturningAsync($$"""{"ResponseDetails":"{{padding}}","isValidPost":true}""");

        Assert.Equal(padding, result.ResponseDetails);
        Assert.True(result.IsValidPost);
    }
}
