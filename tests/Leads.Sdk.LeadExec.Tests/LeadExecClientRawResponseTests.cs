using System.Net;
using System.Text;
using System.Text.Json;
using Leads.Sdk.LeadExec.Models;
using RichardSzalay.MockHttp;

namespace Leads.Sdk.LeadExec.Tests;

/// <summary>What every result keeps of its HTTP response: the raw response, and the fields the model does not know.</summary>
public sealed class LeadExecClientRawResponseTests
{
    private static LeadExecCreateLeadRequest Request(LeadExecResponseFormat format = LeadExecResponseFormat.Json)
    {
        var lead = new LeadExecLead();
        lead.Fields.Add("Email", "a@b.c");
        return new LeadExecCreateLeadRequest { Lead = lead, ResponseFormat = format };
    }

    private static async Task<LeadExecPostResult> CreateLeadAnsweredWithAsync(TestClient test, string body, string mediaType, params (string Name, string Value)[] headers)
    {
        test.Mock.When(HttpMethod.Post, "*").Respond(_ =>
        {
            var response = new HttpResponseMessage(HttpStatusCode.Created) { Content = new StringContent(body, Encoding.UTF8, mediaType) };
            foreach (var (name, value) in headers)
            {
                response.Headers.TryAddWithoutValidation(name, value);
            }

            return response;
        });
        return await test.Client.CreateLeadAsync(Request(mediaType.EndsWith("xml", StringComparison.Ordinal) ? LeadExecResponseFormat.Xml : LeadExecResponseFormat.Json), TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task CreateLeadAsync_Answered_RawResponseHasStatusHeadersAndRequestId()
    {
        var test = new TestClient();

        var result = await CreateLeadAnsweredWithAsync(test, """{"isValidPost":true}""", "application/json", ("X-Request-Id", "req-42"), ("X-Rate-Remaining", "7"));

        Assert.NotNull(result.RawResponse);
        Assert.Equal(HttpStatusCode.Created, result.RawResponse.StatusCode);
        Assert.Equal("req-42", result.RawResponse.RequestId);
        Assert.Equal("7", result.RawResponse.GetHeaderValue("x-rate-remaining"));
        Assert.Equal("application/json; charset=utf-8", result.RawResponse.GetHeaderValue("Content-Type"));
    }

    [Fact]
    public async Task CreateLeadAsync_HeaderEchoingThePassword_RawResponseMasksIt()
    {
        var test = new TestClient();

        var result = await CreateLeadAnsweredWithAsync(test, """{"isValidPost":true}""", "application/json", ("X-Echo", "password=s3cret"));

        var echoed = result.RawResponse!.GetHeaderValue("X-Echo");
        Assert.NotNull(echoed);
        Assert.DoesNotContain("s3cret", echoed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateLeadAsync_JsonWithUndocumentedFields_KeepsThemAsJsonValues()
    {
        var test = new TestClient();

        var result = await CreateLeadAnsweredWithAsync(
            test,
            """{"isValidPost":true,"PostID":"p1","BuyerTier":3,"Routing":{"hop":[1,2]},"Note":"new","Nothing":null}""",
            "application/json");

        Assert.Equal(["BuyerTier", "Note", "Nothing", "Routing"], result.AdditionalFields.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(3, result.AdditionalFields["BuyerTier"].GetInt32());
        Assert.Equal("""{"hop":[1,2]}""", result.AdditionalFields["Routing"].GetRawText());
        Assert.Equal("new", result.AdditionalFields["Note"].GetString());
        Assert.Equal(JsonValueKind.Null, result.AdditionalFields["Nothing"].ValueKind);
        Assert.Equal("p1", result.PostId);
    }

    [Fact]
    public async Task CreateLeadAsync_XmlWithUndocumentedElement_KeepsItsTextAsJsonString()
    {
        var test = new TestClient();

        var result = await CreateLeadAnsweredWithAsync(
            test,
            """<PostResponse><isValidPost>true</isValidPost><BuyerTier>3</BuyerTier><Routing><Hop>a</Hop><Hop>b</Hop></Routing></PostResponse>""",
            "application/xml");

        Assert.Equal(2, result.AdditionalFields.Count);
        Assert.Equal(JsonValueKind.String, result.AdditionalFields["BuyerTier"].ValueKind);
        Assert.Equal("3", result.AdditionalFields["BuyerTier"].GetString());
        Assert.Equal("ab", result.AdditionalFields["Routing"].GetString());
    }

    [Theory]
    [InlineData("""{"isValidPost":true,"ResponseDetails":"plural","ResponseDetail":"singular","responsetype":"0"}""", "application/json")]
    [InlineData("""<PostResponse><isValidPost>true</isValidPost><ResponseDetails>plural</ResponseDetails><ResponseDetail>singular</ResponseDetail><responsetype>0</responsetype></PostResponse>""", "application/xml")]
    public async Task CreateLeadAsync_EveryDocumentedSpellingAndCase_IsNotAnAdditionalField(string body, string mediaType)
    {
        var test = new TestClient();

        var result = await CreateLeadAnsweredWithAsync(test, body, mediaType);

        Assert.Empty(result.AdditionalFields);
        Assert.Equal("plural", result.ResponseDetails);
    }

    // Every field of the doc's examples is in the model: none of them is left over as an additional field.
    [Theory]
    [InlineData(DocExamples.PostResponseJsonByName, "application/json")]
    [InlineData(DocExamples.PostResponseXml, "application/xml")]
    [InlineData(DocExamples.ReturnSendsXml, "application/xml")]
    [InlineData(DocExamples.TransferJsonCorrected, "application/json")]
    public async Task CreateLeadAsync_DocExample_HasNoAdditionalFields(string body, string mediaType)
    {
        var test = new TestClient();

        var result = await CreateLeadAnsweredWithAsync(test, body, mediaType);

        Assert.NotNull(result.AdditionalFields);
        Assert.Empty(result.AdditionalFields);
    }

    [Fact]
    public async Task OtherCalls_DocExamples_HaveNoAdditionalFields()
    {
        var test = new TestClient();
        test.Mock.When(HttpMethod.Post, $"{TestClient.Base}/processor/insert/general/xml/async").Respond("application/xml", DocExamples.QueueXml);
        test.Mock.When(HttpMethod.Get, $"{TestClient.Base}/information/queuestatus/p1").Respond("application/json", DocExamples.QueueStatusJson);
        test.Mock.When(HttpMethod.Post, $"{TestClient.Base}/processor/insert/ping/xml").Respond("application/xml", DocExamples.PingXml);
        test.Mock.When(HttpMethod.Post, $"{TestClient.Base}/processor/duplicate/check").Respond("application/json", DocExamples.DuplicateJson);
        var ct = TestContext.Current.CancellationToken;
        var ping = new LeadExecLead();
        ping.Fields.Add("State", "NV");
        var check = new LeadExecCheckDuplicateLeadRequest();
        check.Fields.Add("Email", "a@b.c");

        var queued = await test.Client.QueueLeadAsync(Request(LeadExecResponseFormat.Xml), ct);
        var status = await test.Client.GetQueueStatusAsync("p1", ct);
        var pinged = await test.Client.PingLeadAsync(new LeadExecPingLeadRequest { Lead = ping, ResponseFormat = LeadExecResponseFormat.Xml }, ct);
        var duplicate = await test.Client.CheckDuplicateLeadAsync(check, ct);

        Assert.Empty(queued.AdditionalFields);
        Assert.Empty(status.AdditionalFields);
        Assert.Empty(pinged.AdditionalFields);
        Assert.Empty(duplicate.AdditionalFields);
    }

    [Fact]
    public async Task OtherResults_UndocumentedField_KeptWithTheirRawResponse()
    {
        var test = new TestClient();
        const string Extra = ""","Tier":"gold"}""";
        test.Mock.When(HttpMethod.Post, $"{TestClient.Base}/processor/insert/general/json/async").Respond("application/json", """{"QueueSuccessful":true,"PostID":"p1" """ + Extra);
        test.Mock.When(HttpMethod.Get, $"{TestClient.Base}/information/queuestatus/p1").Respond("application/json", """{"PostID":"p1","LeadIdentifier":5,"QualityControlDetails":{"PendingReview":false}""" + Extra);
        test.Mock.When(HttpMethod.Post, $"{TestClient.Base}/processor/insert/ping/json").Respond("application/json", """{"WillAccept":false,"Response":"no" """ + Extra);
        test.Mock.When(HttpMethod.Post, $"{TestClient.Base}/processor/duplicate/check").Respond("application/json", """{"IsDuplicate":false""" + Extra);
        var ct = TestContext.Current.CancellationToken;
        var ping = new LeadExecLead();
        ping.Fields.Add("State", "NV");
        var check = new LeadExecCheckDuplicateLeadRequest();
        check.Fields.Add("Email", "a@b.c");

        var queued = await test.Client.QueueLeadAsync(Request(), ct);
        var status = await test.Client.GetQueueStatusAsync("p1", ct);
        var pinged = await test.Client.PingLeadAsync(new LeadExecPingLeadRequest { Lead = ping }, ct);
        var notPosted = await test.Client.PingAndPostLeadAsync(new LeadExecPingAndPostLeadRequest { PingLead = ping, Lead = Request().Lead }, ct);
        var duplicate = await test.Client.CheckDuplicateLeadAsync(check, ct);

        Assert.Equal("gold", queued.AdditionalFields["Tier"].GetString());
        Assert.Equal("gold", Assert.Single(status.AdditionalFields).Value.GetString());
        Assert.Equal("gold", Assert.Single(pinged.AdditionalFields).Value.GetString());
        Assert.Equal("gold", Assert.Single(duplicate.AdditionalFields).Value.GetString());
        Assert.Single(queued.AdditionalFields);

        // Nothing was posted: the ping/post result shows the PING's answer, which its Ping half also keeps.
        Assert.Equal(LeadExecPingAndPostOutcome.NotAccepted, notPosted.Outcome);
        Assert.Equal("gold", notPosted.AdditionalFields["Tier"].GetString());
        Assert.Same(notPosted.Ping.RawResponse, notPosted.RawResponse);
        Assert.All([queued.RawResponse, status.RawResponse, pinged.RawResponse, notPosted.RawResponse, duplicate.RawResponse], r => Assert.Equal(HttpStatusCode.OK, r!.StatusCode));
    }

    [Fact]
    public void ResultBuiltInCode_AdditionalFieldsEmptyAndRawResponseNull()
    {
        var result = new LeadExecPostResult { IsValidPost = true };

        Assert.Empty(result.AdditionalFields);
        Assert.Null(result.RawResponse);
    }
}
