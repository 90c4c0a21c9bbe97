using System.Net;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using Leads.Sdk.Aimbase.Models;
using RichardSzalay.MockHttp;

namespace Leads.Sdk.Aimbase.Tests;

public sealed class AimbaseClientTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CreateLeadsAsync_NoBrandsNoOptInNoProductBrandCode_SendsTheLeadAndReportsTheServersAnswer()
    {
        // The doc's table marks these three required, its text and examples leave them empty: the server decides.
        using var mock = new MockHttpMessageHandler();
        var captured = Capture(mock, """{"TopLevelError":null,"LeadResponseRecords":[{"LeadApiIdentifier":"a","Id":null,"Status":"Failure","StatusMessage":"Lead failed validation","Messages":[{"Field":"Brands","Message":"The Brands field is required."}]}]}""");
        var lead = TestData.ValidLead("a");
        lead.Brands = null;
        lead.IsCommunicationOptIn = null;
        lead.Products = [new AimbaseProduct { ProductCode = "100" }];

        var result = await TestData.Client(mock).CreateLeadsAsync([lead], cancellationToken: Ct);

        using var sent = JsonDocument.Parse(Assert.Single(captured).Body);
        Assert.False(sent.RootElement[0].TryGetProperty("Brands", out _));
        Assert.False(sent.RootElement[0].TryGetProperty("IsCommunicationOptIn", out _));
        Assert.Equal("100", sent.RootElement[0].GetProperty("Products")[0].GetProperty("ProductCode").GetString());
        var failure = Assert.Single(result.Failed);
        Assert.False(failure.IsClientSideFailure);
        Assert.Equal("Brands", Assert.Single(failure.Messages).Field);
        Assert.Equal("The Brands field is required.", failure.Messages[0].Message);
    }

    [Fact]
    public async Task CreateLeadsAsync_Json_PostsToDocumentedUrlWithAuthenticateHeaderAndJsonContentType()
    {
        using var mock = new MockHttpMessageHandler();
        var captured = Capture(mock, TestData.SuccessJson("a"));

        await TestData.Client(mock).CreateLeadsAsync([TestData.ValidLead("a")], cancellationToken: Ct);

        var request = Assert.Single(captured);
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal("https://aimbase.example/marketing/api/lead?manufacturer=MFR", request.Uri);
        Assert.Equal(TestData.ExpectedAuthenticate, request.Authenticate);
        Assert.Equal("application/json", request.ContentType);
        Assert.Equal("application/json", request.Accept);
    }

    [Fact]
    public async Task CreateLeadsAsync_ManufacturerArgument_OverridesDefaultAndIsEscaped()
    {
        using var mock = new MockHttpMessageHandler();
        var captured = Capture(mock, TestData.SuccessJson("a"));

        await TestData.Client(mock).CreateLeadsAsync([TestData.ValidLead("a")], "A&B C", Ct);

        Assert.Equal("https://aimbase.example/marketing/api/lead?manufacturer=A%26B%20C", Assert.Single(captured).Uri);
    }

    [Fact]
    public async Task CreateLeadsAsync_BaseAddressWithPath_KeepsThePath()
    {
        using var mock = new MockHttpMessageHandler();
        var captured = Capture(mock, TestData.SuccessJson("a"));
        var options = TestData.Options();
        options.BaseAddress = new Uri("https://aimbase.example/tenant");

        await TestData.Client(mock, options).CreateLeadsAsync([TestData.ValidLead("a")], cancellationToken: Ct);

        Assert.Equal("https://aimbase.example/tenant/marketing/api/lead?manufacturer=MFR", Assert.Single(captured).Uri);
    }

    [Fact]
    public async Task CreateLeadsAsync_NoManufacturer_ThrowsValidationAndSendsNothing()
    {
        using var mock = new MockHttpMessageHandler();
        var captured = Capture(mock, TestData.SuccessJson("a"));
        var options = TestData.Options();
        options.DefaultManufacturerCode = null;

        var exception = await Assert.ThrowsAsync<LeadsValidationException>(
            () => TestData.Client(mock, options).CreateLeadsAsync([TestData.ValidLead("a")], cancellationToken: Ct));

        Assert.Equal("manufacturer", Assert.Single(exception.Errors).Path);
        Assert.Empty(captured);
    }

    [Fact]
    public async Task CreateLeadsAsync_EmptyBatch_ThrowsValidation()
    {
        using var mock = new MockHttpMessageHandler();

        var exception = await Assert.ThrowsAsync<LeadsValidationException>(() => TestData.Client(mock).CreateLeadsAsync([], cancellationToken: Ct));

        Assert.Equal("Leads", Assert.Single(exception.Errors).Path);
    }

    [Fact]
    public async Task CreateLeadsAsync_DocExampleLead_JsonHasTheDocExamplesKeysNestingAndValues()
    {
        using var mock = new MockHttpMessageHandler();
        var captured = Capture(mock, TestData.SuccessJson(DocExamples.JsonIdentifier));

        var lead = TestData.DocExampleLead(DocExamples.JsonIdentifier);
        lead.Comment = null;

        await TestData.Client(mock).CreateLeadsAsync([lead], cancellationToken: Ct);

        using var sent = JsonDocument.Parse(Assert.Single(captured).Body);
        using var doc = JsonDocument.Parse(DocExamples.JsonPostRepaired);
        var sentLead = Assert.Single(sent.RootElement.EnumerateArray().ToList());
        var docLead = Assert.Single(doc.RootElement.EnumerateArray().ToList());

        // The same lead as the doc's example, key for key: Brands (null in the example) and IsCommunicationOptIn (absent)
        // are not added although the doc's table marks them required (docs/decisions.md).
        Assert.Equal(NonNullKeys(docLead).Order(), NonNullKeys(sentLead).Order());
        Assert.False(sentLead.TryGetProperty("Brands", out _));
        Assert.False(sentLead.TryGetProperty("IsCommunicationOptIn", out _));
        foreach (var property in docLead.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.String))
        {
            Assert.Equal(property.Value.GetString(), sentLead.GetProperty(property.Name).GetString());
        }

        foreach (var list in new[] { "Dealers", "Products", "Customs" })
        {
            var sentItems = sentLead.GetProperty(list).EnumerateArray().ToList();
            var docItems = docLead.GetProperty(list).EnumerateArray().ToList();
            Assert.Equal(docItems.Count, sentItems.Count);
            for (var i = 0; i < docItems.Count; i++)
            {
                Assert.Equal(NonNullKeys(docItems[i]).Order(), NonNullKeys(sentItems[i]).Order());
            }
        }

        Assert.Equal("Bob's Boats", sentLead.GetProperty("Dealers")[0].GetProperty("DealerName").GetString());
        Assert.Equal(2014, sentLead.GetProperty("Products")[0].GetProperty("ProductModelYear").GetInt32());
        Assert.Equal("1-3 months", sentLead.GetProperty("Customs")[0].GetProperty("FieldValue").GetString());
    }

    [Fact]
    public async Task CreateLeadsAsync_TypedFields_WrittenInTheDocumentedFormats()
    {
        using var mock = new MockHttpMessageHandler();
        var captured = Capture(mock, TestData.SuccessJson("a"));
        var lead = TestData.ValidLead("a");
        lead.LeadDate = new DateTimeOffset(2026, 3, 4, 9, 30, 0, TimeSpan.FromHours(-5));
        lead.IsCommunicationOptIn = true;
        lead.CommunicationOptInIpAddress = "203.0.113.7";
        lead.CommunicationOptInDate = new DateOnly(2026, 3, 4);
        lead.CommunicationOptInSource = "Web";
        lead.ShouldSendLead = false;
        lead.IsSmsOptIn = true;
        lead.ConditionCode = AimbaseConditionCode.Showroom;
        lead.UserUid = Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e");
        lead.ShouldScoreProspect = false;

        await TestData.Client(mock).CreateLeadsAsync([lead], cancellationToken: Ct);

        using var sent = JsonDocument.Parse(Assert.Single(captured).Body);
        var json = sent.RootElement[0];
        Assert.Equal("2026-03-04T09:30:00-05:00", json.GetProperty("LeadDate").GetString());
        Assert.Equal("2026-03-04", json.GetProperty("CommunicationOptInDate").GetString());
        Assert.Equal("N", json.GetProperty("SendLead").GetString());
        Assert.True(json.GetProperty("SMSOptIn").GetBoolean());
        Assert.Equal("S", json.GetProperty("ConditionCode").GetString());
        Assert.Equal("0f8fad5b-d9cb-469f-a165-70867728950e", json.GetProperty("UserUid").GetString());
        Assert.True(json.GetProperty("IsCommunicationOptIn").GetBoolean());
        Assert.False(json.GetProperty("ScoreProspect").GetBoolean());
    }

    [Fact]
    public async Task CreateLeadsAsync_Xml_PostsTheDocExamplesElementStructure()
    {
        using var mock = new MockHttpMessageHandler();
        var captured = Capture(mock, DocExamples.XmlSuccess, "application/xml");

        await TestData.Client(mock, TestData.Options(AimbaseWireFormat.Xml))
            .CreateLeadsAsync([TestData.DocExampleLead(DocExamples.XmlIdentifier)], cancellationToken: Ct);

        var request = Assert.Single(captured);
        Assert.Equal("application/xml", request.ContentType);
        Assert.Equal("application/xml", request.Accept);
        var sent = XDocument.Parse(request.Body);
        var doc = XDocument.Parse(DocExamples.XmlPost.Trim());
        Assert.Equal("Leads", sent.Root!.Name.LocalName);
        Assert.Equal("http://www.w3.org/2001/XMLSchema-instance", sent.Root.Attribute(XNamespace.Xmlns + "xsi")?.Value);

        // Every element of the doc's example with a value is sent at the same path with the same value, and nothing else:
        // IsCommunicationOptIn (xsi:nil in the example) and Brands are left out, as the example leaves them empty.
        var docPaths = LeafPaths(doc).Where(p => p.Value is not null).ToList();
        var sentPaths = LeafPaths(sent).ToList();
        Assert.Equal(docPaths, sentPaths);
    }

    [Fact]
    public async Task CreateLeadsAsync_XmlSpecialCharacters_AreEscapedAndRoundTrip()
    {
        using var mock = new MockHttpMessageHandler();
        var captured = Capture(mock, DocExamples.XmlSuccess, "application/xml");
        const string Tricky = "Tom & Jerry <fast> \"boats\" 'n' more";
        var lead = TestData.ValidLead(DocExamples.XmlIdentifier);
        lead.Comment = Tricky;
        lead.Dealers = [new AimbaseDealer { DealerNumber = "1", DealerName = "A&B <Marine>" }];

        await TestData.Client(mock, TestData.Options(AimbaseWireFormat.Xml)).CreateLeadsAsync([lead], cancellationToken: Ct);

        var body = Assert.Single(captured).Body;
        Assert.Contains("Tom &amp; Jerry &lt;fast&gt;", body, StringComparison.Ordinal);
        Assert.Contains("A&amp;B &lt;Marine&gt;", body, StringComparison.Ordinal);
        var sent = XDocument.Parse(body);
        Assert.Equal(Tricky, sent.Descendants("Comment").Single().Value);
        Assert.Equal("A&B <Marine>", sent.Descendants("DealerName").Single().Value);
    }

    [Fact]
    public async Task CreateLeadsAsync_XmlWithCharacterXmlCannotCarry_ThrowsValidationWithPath()
    {
        using var mock = new MockHttpMessageHandler();
        var lead = TestData.ValidLead("a");
        lead.Customs = [new AimbaseCustomField("Note", "bell\u0007")];

        var exception = await Assert.ThrowsAsync<LeadsValidationException>(
            () => TestData.Client(mock, TestData.Options(AimbaseWireFormat.Xml)).CreateLeadsAsync([lead], cancellationToken: Ct));

        Assert.Equal("Leads[0].Customs[0].FieldValue", Assert.Single(exception.Errors).Path);
    }

    [Fact]
    public async Task CreateLeadsAsync_JsonSuccessExample_ParsesTheRecordAndLinksItToTheLead()
    {
        using var mock = new MockHttpMessageHandler();
        Capture(mock, DocExamples.JsonSuccess);
        var lead = TestData.ValidLead(DocExamples.JsonIdentifier);

        var result = await TestData.Client(mock).CreateLeadsAsync([lead], cancellationToken: Ct);

        Assert.Null(result.TopLevelError);
        Assert.True(result.IsSuccess);
        var record = Assert.Single(result.Succeeded);
        Assert.Same(lead, record.Lead);
        Assert.Equal(DocExamples.JsonIdentifier, record.LeadApiIdentifier);
        Assert.Equal("0", record.Id);
        Assert.Equal(AimbaseLeadStatus.Success, record.Status);
        Assert.Equal("Lead successfully received", record.StatusMessage);
        Assert.Empty(record.Messages);
    }

    [Fact]
    public async Task CreateLeadsAsync_JsonFailureExample_ParsesFieldMessages()
    {
        using var mock = new MockHttpMessageHandler();
        Capture(mock, DocExamples.JsonFailure);

        var result = await TestData.Client(mock).CreateLeadsAsync([TestData.ValidLead(DocExamples.JsonIdentifier)], cancellationToken: Ct);

        var record = Assert.Single(result.Failed);
        Assert.Equal(AimbaseLeadStatus.Failure, record.Status);
        Assert.Null(record.Id);
        Assert.False(record.IsClientSideFailure);
        Assert.Equal("Lead failed validation", record.StatusMessage);
        var message = Assert.Single(record.Messages);
        Assert.Equal("LeadSourceName", message.Field);
        Assert.Equal("The LeadSourceName field is required.", message.Message);
    }

    [Fact]
    public async Task CreateLeadsAsync_XmlSuccessExample_ParsesTheRecord()
    {
        using var mock = new MockHttpMessageHandler();
        Capture(mock, DocExamples.XmlSuccess, "application/xml");
        var lead = TestData.ValidLead(DocExamples.XmlIdentifier);

        var result = await TestData.Client(mock, TestData.Options(AimbaseWireFormat.Xml)).CreateLeadsAsync([lead], cancellationToken: Ct);

        var record = Assert.Single(result.Succeeded);
        Assert.Same(lead, record.Lead);
        Assert.Equal("0", record.Id);
        Assert.Equal("Lead successfully received", record.StatusMessage);
        Assert.Empty(record.Messages);
    }

    [Fact]
    public async Task CreateLeadsAsync_XmlFailureExample_ParsesFieldMessages()
    {
        using var mock = new MockHttpMessageHandler();
        Capture(mock, DocExamples.XmlFailure, "application/xml");

        var result = await TestData.Client(mock, TestData.Options(AimbaseWireFormat.Xml))
            .CreateLeadsAsync([TestData.ValidLead(DocExamples.XmlIdentifier)], cancellationToken: Ct);

        var record = Assert.Single(result.Failed);
        Assert.Equal(AimbaseLeadStatus.Failure, record.Status);
        Assert.Null(record.Id);
        var message = Assert.Single(record.Messages);
        Assert.Equal("LeadSourceName", message.Field);
        Assert.Equal("The LeadSourceName field is required.", message.Message);
    }

    [Fact]
    public async Task CreateLeadsAsync_XmlDeclarationClaimingUtf16_StillReadsTheUtf8Body()
    {
        using var mock = new MockHttpMessageHandler();
        Capture(mock, "<?xml version=\"1.0\" encoding=\"utf-16\"?>" + DocExamples.XmlSuccess.Trim(), "application/xml");

        var result = await TestData.Client(mock, TestData.Options(AimbaseWireFormat.Xml))
            .CreateLeadsAsync([TestData.ValidLead(DocExamples.XmlIdentifier)], cancellationToken: Ct);

        Assert.Single(result.Succeeded);
    }

    [Fact]
    public async Task CreateLeadsAsync_TolerantRecord_ReadsNumericIdAndLowerCaseNames()
    {
        using var mock = new MockHttpMessageHandler();
        Capture(mock, """{"topLevelError":null,"leadResponseRecords":[{"leadApiIdentifier":"A","id":42,"status":"success","statusMessage":"ok","messages":null}]}""");

        var result = await TestData.Client(mock).CreateLeadsAsync([TestData.ValidLead("a")], cancellationToken: Ct);

        var record = Assert.Single(result.Succeeded);
        Assert.Equal("42", record.Id);
        Assert.Empty(record.Messages);
    }

    [Fact]
    public async Task CreateLeadsAsync_NoIdentifierGiven_SendsAGuidAndLinksTheRecordWithoutChangingTheLead()
    {
        using var mock = new MockHttpMessageHandler();
        string? sentIdentifier = null;
        mock.When(HttpMethod.Post, "*").Respond(async request =>
        {
            using var sent = JsonDocument.Parse(await request.Content!.ReadAsStringAsync());
            sentIdentifier = sent.RootElement[0].GetProperty("LeadApiIdentifier").GetString();
            return Json(TestData.SuccessJson(sentIdentifier!));
        });
        var lead = TestData.ValidLead(identifier: null);

        var result = await TestData.Client(mock).CreateLeadsAsync([lead], cancellationToken: Ct);

        Assert.True(Guid.TryParse(sentIdentifier, out _));
        var record = Assert.Single(result.Succeeded);
        Assert.Same(lead, record.Lead);
        Assert.Equal(sentIdentifier, record.LeadApiIdentifier);
        Assert.Null(lead.LeadApiIdentifier);
    }

    [Fact]
    public async Task CreateLeadsAsync_RecordsInAnotherOrder_MatchedByIdentifierAndReturnedInInputOrder()
    {
        using var mock = new MockHttpMessageHandler();
        Capture(mock, """
            {"TopLevelError":null,"LeadResponseRecords":[
              {"LeadApiIdentifier":"b","Id":null,"Status":"Failure","StatusMessage":"Lead failed validation","Messages":[{"Field":"LastName","Message":"bad"}]},
              {"LeadApiIdentifier":"a","Id":"7","Status":"Success","StatusMessage":"Lead successfully received","Messages":[]}]}
            """);
        AimbaseLead[] leads = [TestData.ValidLead("a"), TestData.ValidLead("b")];

        var result = await TestData.Client(mock).CreateLeadsAsync(leads, cancellationToken: Ct);

        Assert.Equal(["a", "b"], result.Leads.Select(r => r.LeadApiIdentifier));
        Assert.Same(leads[0], result.Succeeded.Single().Lead);
        Assert.Same(leads[1], result.Failed.Single().Lead);
        Assert.False(result.IsSuccess);
    }

    [Fact]
    public async Task CreateLeadsAsync_ServerReturnsNoRecordForALead_ReportsItAsUnknownInsteadOfDroppingIt()
    {
        using var mock = new MockHttpMessageHandler();
        Capture(mock, TestData.SuccessJson("a"));
        AimbaseLead[] leads = [TestData.ValidLead("a"), TestData.ValidLead("b")];

        var result = await TestData.Client(mock).CreateLeadsAsync(leads, cancellationToken: Ct);

        Assert.Equal(2, result.Leads.Count);
        var missing = Assert.Single(result.Failed);
        Assert.Same(leads[1], missing.Lead);
        Assert.Equal(AimbaseLeadStatus.Unknown, missing.Status);
    }

    [Fact]
    public async Task CreateLeadsAsync_RecordForNoSentLead_IsKeptWithoutALead()
    {
        using var mock = new MockHttpMessageHandler();
        Capture(mock, TestData.SuccessJson("a", "stranger"));

        var result = await TestData.Client(mock).CreateLeadsAsync([TestData.ValidLead("a")], cancellationToken: Ct);

        Assert.Equal(2, result.Leads.Count);
        Assert.Null(result.Leads[1].Lead);
        Assert.Equal("stranger", result.Leads[1].LeadApiIdentifier);
    }

    [Fact]
    public async Task CreateLeadsAsync_InvalidLeadsByDefault_ThrowsEveryErrorOfEveryLeadAndSendsNothing()
    {
        using var mock = new MockHttpMessageHandler();
        var captured = Capture(mock, TestData.SuccessJson("a"));
        var first = TestData.ValidLead("a");
        var third = TestData.ValidLead("c");
        first.LastName = null;
        third.Dealers = [new AimbaseDealer()];
        third.CountryCode = "USA";

        var exception = await Assert.ThrowsAsync<LeadsValidationException>(
            () => TestData.Client(mock).CreateLeadsAsync([first, TestData.ValidLead("b"), third], cancellationToken: Ct));

        Assert.Equal(["Leads[0].LastName", "Leads[2].CountryCode", "Leads[2].Dealers[0].DealerNumber"], exception.Errors.Select(e => e.Path));
        Assert.Empty(captured);
    }

    [Fact]
    public async Task CreateLeadsAsync_SendValidLeads_SendsOnlyValidOnesAndReturnsInvalidOnesAsClientSideFailures()
    {
        using var mock = new MockHttpMessageHandler();
        var captured = Capture(mock, TestData.SuccessJson("b"));
        var options = TestData.Options();
        options.InvalidLeadHandling = AimbaseInvalidLeadHandling.SendValidLeads;
        var invalid = TestData.ValidLead("a");
        invalid.LastName = null;
        var valid = TestData.ValidLead("b");

        var result = await TestData.Client(mock, options).CreateLeadsAsync([invalid, valid], cancellationToken: Ct);

        using var sent = JsonDocument.Parse(Assert.Single(captured).Body);
        Assert.Equal("b", Assert.Single(sent.RootElement.EnumerateArray().ToList()).GetProperty("LeadApiIdentifier").GetString());
        Assert.Equal(2, result.Leads.Count);
        var failure = result.Leads[0];
        Assert.Same(invalid, failure.Lead);
        Assert.True(failure.IsClientSideFailure);
        Assert.Equal(AimbaseLeadStatus.Failure, failure.Status);
        Assert.Equal("Leads[0].LastName", Assert.Single(failure.Messages).Field);
        Assert.Same(valid, Assert.Single(result.Succeeded).Lead);
    }

    [Fact]
    public async Task CreateLeadsAsync_SendValidLeadsButAllInvalid_SendsNothingAndReportsEveryLead()
    {
        using var mock = new MockHttpMessageHandler();
        var captured = Capture(mock, TestData.SuccessJson("a"));
        var options = TestData.Options();
        options.InvalidLeadHandling = AimbaseInvalidLeadHandling.SendValidLeads;
        var invalid = TestData.ValidLead("a");
        invalid.LastName = null;

        var result = await TestData.Client(mock, options).CreateLeadsAsync([invalid], cancellationToken: Ct);

        Assert.Empty(captured);
        Assert.True(Assert.Single(result.Failed).IsClientSideFailure);
    }

    [Fact]
    public async Task CreateLeadsAsync_400WithTopLevelError_ThrowsApiExceptionWithTheServersMessage()
    {
        using var mock = new MockHttpMessageHandler();
        mock.When(HttpMethod.Post, "*").Respond(HttpStatusCode.BadRequest, "application/json", """{"TopLevelError":"Invalid manufacturer code.","LeadResponseRecords":[]}""");

        var exception = await Assert.ThrowsAsync<LeadsApiException>(() => TestData.Client(mock).CreateLeadsAsync([TestData.ValidLead("a")], cancellationToken: Ct));

        Assert.Equal(HttpStatusCode.BadRequest, exception.StatusCode);
        Assert.Equal("Invalid manufacturer code.", exception.ErrorMessage);
    }

    // The error path reads the body's start as the 201 path does: white space and byte order marks in any order.
    [Fact]
    public async Task CreateLeadsAsync_400WithWhiteSpaceThenByteOrderMark_ThrowsWithTheServersMessage()
    {
        using var mock = new MockHttpMessageHandler();
        mock.When(HttpMethod.Post, "*").Respond(HttpStatusCode.BadRequest, "application/json", " \r\n\uFEFF{\"TopLevelError\":\"Invalid manufacturer code.\",\"LeadResponseRecords\":[]}\n");

        var exception = await Assert.ThrowsAsync<LeadsApiException>(() => TestData.Client(mock).CreateLeadsAsync([TestData.ValidLead("a")], cancellationToken: Ct));

        Assert.Equal("Invalid manufacturer code.", exception.ErrorMessage);
    }

    [Theory]
    [InlineData("text/plain", "The request is invalid.")]
    [InlineData("application/json", "{\"Message\":\"The request is invalid.\"}")]
    [InlineData("application/json", "\"The request is invalid.\"")]
    [InlineData("application/xml", "<Error><Message>The request is invalid.</Message></Error>")]
    public async Task CreateLeadsAsync_400InOtherErrorShapes_ThrowsWithTheMessage(string mediaType, string body)
    {
        using var mock = new MockHttpMessageHandler();
        mock.When(HttpMethod.Post, "*").Respond(HttpStatusCode.BadRequest, mediaType, body);

        var exception = await Assert.ThrowsAsync<LeadsApiException>(() => TestData.Client(mock).CreateLeadsAsync([TestData.ValidLead("a")], cancellationToken: Ct));

        Assert.Equal("The request is invalid.", exception.ErrorMessage);
    }

    [Fact]
    public async Task CreateLeadsAsync_401_ThrowsAuthenticationExceptionWithoutTheToken()
    {
        using var mock = new MockHttpMessageHandler();
        mock.When(HttpMethod.Post, "*").Respond(HttpStatusCode.Unauthorized, "application/json", $"{{\"Message\":\"Token {TestData.Token} was denied.\"}}");

        var exception = await Assert.ThrowsAsync<LeadsAuthenticationException>(() => TestData.Client(mock).CreateLeadsAsync([TestData.ValidLead("a")], cancellationToken: Ct));

        Assert.DoesNotContain(TestData.Token, exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(TestData.Token, exception.ResponseBodyExcerpt ?? string.Empty, StringComparison.Ordinal);
        Assert.DoesNotContain(TestData.Token, exception.ErrorMessage ?? string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateLeadsAsync_500_ThrowsServerException()
    {
        using var mock = new MockHttpMessageHandler();
        mock.When(HttpMethod.Post, "*").Respond(HttpStatusCode.InternalServerError, "application/json", """{"Message":"An error has occurred."}""");

        var exception = await Assert.ThrowsAsync<LeadsServerException>(() => TestData.Client(mock).CreateLeadsAsync([TestData.ValidLead("a")], cancellationToken: Ct));

        Assert.Equal("An error has occurred.", exception.ErrorMessage);
    }

    [Theory]
    [InlineData("text/html", "<html><body>Gateway</body></html>")]
    [InlineData("application/json", "{\"TopLevelError\":")]
    [InlineData("application/json", "")]
    [InlineData("application/json", "OK")]
    public async Task CreateLeadsAsync_201WithUnreadableBody_ThrowsUnreadableResponse(string mediaType, string body)
    {
        using var mock = new MockHttpMessageHandler();
        mock.When(HttpMethod.Post, "*").Respond(HttpStatusCode.Created, mediaType, body);

        await Assert.ThrowsAsync<LeadsUnreadableResponseException>(() => TestData.Client(mock).CreateLeadsAsync([TestData.ValidLead("a")], cancellationToken: Ct));
    }

    [Fact]
    public async Task CreateLeadsAsync_SameIdentifierTwice_MapsRecordsByPosition()
    {
        using var mock = new MockHttpMessageHandler();
        Capture(mock, """
            {"TopLevelError":null,"LeadResponseRecords":[
              {"LeadApiIdentifier":"dup","Id":"1","Status":"Success","StatusMessage":"ok","Messages":[]},
              {"LeadApiIdentifier":"dup","Id":null,"Status":"Failure","StatusMessage":"Lead failed validation","Messages":[]}]}
            """);
        AimbaseLead[] leads = [TestData.ValidLead("dup"), TestData.ValidLead("dup")];

        var result = await TestData.Client(mock).CreateLeadsAsync(leads, cancellationToken: Ct);

        Assert.Same(leads[0], result.Succeeded.Single().Lead);
        Assert.Same(leads[1], result.Failed.Single().Lead);
    }

    [Fact]
    public async Task CreateLeadsAsync_NullLeadInBatch_ThrowsValidationWithItsIndex()
    {
        using var mock = new MockHttpMessageHandler();

        var exception = await Assert.ThrowsAsync<LeadsValidationException>(
            () => TestData.Client(mock).CreateLeadsAsync([TestData.ValidLead("a"), null!], cancellationToken: Ct));

        Assert.Equal("Leads[1]", Assert.Single(exception.Errors).Path);
    }

    [Fact]
    public async Task CreateLeadsAsync_Cancelled_ThrowsOperationCanceled()
    {
        using var mock = new MockHttpMessageHandler();
        Capture(mock, TestData.SuccessJson("a"));
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => TestData.Client(mock).CreateLeadsAsync([TestData.ValidLead("a")], cancellationToken: cancelled.Token));
    }

    [Fact]
    public async Task CreateLeadsAsync_TopLevelErrorIn201_IsReportedAndLeadsAreUnknown()
    {
        using var mock = new MockHttpMessageHandler();
        Capture(mock, """{"TopLevelError":"Import is paused.","LeadResponseRecords":[]}""");

        var result = await TestData.Client(mock).CreateLeadsAsync([TestData.ValidLead("a")], cancellationToken: Ct);

        Assert.Equal("Import is paused.", result.TopLevelError);
        Assert.Equal(AimbaseLeadStatus.Unknown, Assert.Single(result.Failed).Status);
        Assert.False(result.IsSuccess);
    }

    [Fact]
    public async Task CreateLeadsAsync_JsonWithWhiteSpaceAndByteOrderMarks_IsRead()
    {
        using var mock = new MockHttpMessageHandler();
        var body = Encoding.UTF8.GetBytes(" \r\n\uFEFF" + TestData.SuccessJson("a") + "\n");
        mock.When(HttpMethod.Post, "*").Respond(_ => new HttpResponseMessage(HttpStatusCode.Created) { Content = new ByteArrayContent([0xEF, 0xBB, 0xBF, .. body]) });

        var result = await TestData.Client(mock).CreateLeadsAsync([TestData.ValidLead("a")], cancellationToken: Ct);

        Assert.Equal("1", Assert.Single(result.Succeeded).Id);
    }

    [Fact]
    public async Task CreateLeadsAsync_JsonWithInvalidUtf8InAMessage_ThrowsUnreadable()
    {
        // Issue #14 item 6: read with the bad byte replaced ("caf\uFFFD"), the answer would be silently altered.
        using var mock = new MockHttpMessageHandler();
        var body = Encoding.UTF8.GetBytes("""{"LeadResponseRecords":[{"LeadApiIdentifier":"a","Id":"1","Status":"Success","StatusMessage":"caf@"}]}""");
        body[Array.IndexOf(body, (byte)'@')] = 0xE9;
        mock.When(HttpMethod.Post, "*").Respond(_ => new HttpResponseMessage(HttpStatusCode.Created) { Content = new ByteArrayContent(body) });

        var exception = await Assert.ThrowsAsync<LeadsUnreadableResponseException>(
            () => TestData.Client(mock).CreateLeadsAsync([TestData.ValidLead("a")], cancellationToken: Ct));

        Assert.StartsWith("The body is not valid UTF-8", exception.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateLeadsAsync_LargeResponse_ReadsEveryRecord()
    {
        using var mock = new MockHttpMessageHandler();
        var identifiers = Enumerable.Range(0, 300).Select(i => $"lead-{i}").ToArray();
        Capture(mock, TestData.SuccessJson(identifiers));

        var result = await TestData.Client(mock).CreateLeadsAsync(identifiers.Select(TestData.ValidLead), cancellationToken: Ct);

        Assert.Equal(identifiers, result.Succeeded.Select(r => r.LeadApiIdentifier));
        Assert.Equal("300", result.Leads[^1].Id);
    }

    [Fact]
    public async Task CreateLeadsAsync_CredentialsChangedAfterACall_NextCallSendsTheNewOnes()
    {
        using var mock = new MockHttpMessageHandler();
        var captured = Capture(mock, TestData.SuccessJson("a"));
        var options = TestData.Options();
        var client = TestData.Client(mock, options);
        await client.CreateLeadsAsync([TestData.ValidLead("a")], cancellationToken: Ct);

        options.ApiToken = "rotated-token";
        await client.CreateLeadsAsync([TestData.ValidLead("a")], cancellationToken: Ct);

        Assert.Equal([TestData.ExpectedAuthenticate, $"Avala-Api {options.Username}:rotated-token"], captured.Select(c => c.Authenticate));
    }

    [Fact]
    public void Constructor_InvalidOptions_ThrowsNamingEveryProblem()
    {
        using var http = new HttpClient();

        var exception = Assert.Throws<ArgumentException>(() => new AimbaseClient(http, new AimbaseClientOptions { BaseAddress = new Uri("http://aimbase.example/") }));

        Assert.Contains("Username", exception.Message, StringComparison.Ordinal);
        Assert.Contains("ApiToken", exception.Message, StringComparison.Ordinal);
        Assert.Contains("https", exception.Message, StringComparison.Ordinal);
    }

    private static IEnumerable<string> NonNullKeys(JsonElement element)
        => element.EnumerateObject().Where(p => p.Value.ValueKind != JsonValueKind.Null).Select(p => p.Name);

    private static IEnumerable<(string Path, string? Value)> LeafPaths(XDocument document)
        => document.Descendants()
            .Where(e => !e.HasElements && !(e.Parent?.Name.LocalName is "Leads" && e.Name.LocalName != "Lead"))
            .Where(e => e.Name.LocalName is not ("Dealers" or "Products" or "Customs"))
            .Select(e => (
                string.Join("/", e.AncestorsAndSelf().Reverse().Select(a => a.Name.LocalName)),
                e.Attribute(XNamespace.Get("http://www.w3.org/2001/XMLSchema-instance") + "nil")?.Value == "true" ? null : (string?)e.Value));

    private static List<CapturedRequest> Capture(MockHttpMessageHandler mock, string responseBody, string mediaType = "application/json")
    {
        var captured = new List<CapturedRequest>();
        mock.When(HttpMethod.Post, "*").Respond(async request =>
        {
            captured.Add(new CapturedRequest(
                request.Method,
                request.RequestUri!.AbsoluteUri,
                request.Headers.TryGetValues("Authenticate", out var auth) ? string.Join(",", auth) : null,
                request.Headers.Accept.ToString(),
                request.Content?.Headers.ContentType?.MediaType,
                request.Content is null ? string.Empty : await request.Content.ReadAsStringAsync()));
            return new HttpResponseMessage(HttpStatusCode.Created) { Content = new StringContent(responseBody, Encoding.UTF8, mediaType) };
        });
        return captured;
    }

    private static HttpResponseMessage Json(string body)
        => new(HttpStatusCode.Created) { Content = new StringContent(body, Encoding.UTF8, "application/json") };

    private sealed record CapturedRequest(HttpMethod Method, string Uri, string? Authenticate, string Accept, string? ContentType, string Body);
}
