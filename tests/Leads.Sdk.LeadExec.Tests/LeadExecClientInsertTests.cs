using System.Text.Json;
using Leads.Sdk.LeadExec.Models;
using RichardSzalay.MockHttp;

namespace Leads.Sdk.LeadExec.Tests;

public sealed class LeadExecClientInsertTests
{
    private static LeadExecLead JohnDoe(string? reference = null)
    {
        var lead = new LeadExecLead { Reference = reference };
        lead.Fields.Add("FirstName", "John");
        lead.Fields.Add("LastName", "Doe");
        lead.Fields.Add("Email", "noemail@leads.com");
        return lead;
    }

    [Fact]
    public async Task CreateLeadAsync_Json_SendsTheDocumentedShapeToTheJsonPath()
    {
        var test = new TestClient(o => o.SendDelay = TimeSpan.FromHours(2));
        test.Respond(HttpMethod.Post, "/processor/insert/general/json", DocExamples.PostResponseJsonByName);
        var lead = JohnDoe("ref-1");
        lead.ShouldNotSell = false;

        await test.Client.CreateLeadAsync(new LeadExecCreateLeadRequest { Lead = lead, Encoding = LeadExecEncoding.Json }, TestContext.Current.CancellationToken);

        var sent = test.Single;
        Assert.Equal("application/json; charset=utf-8", sent.ContentType);
        Assert.Equal(
            """{"source":{"vid":18,"aid":23,"lid":1,"password":"s3cret","sendDelay":2},"leads":[{"properties":{"reference":"ref-1","noSell":false},"fields":{"FirstName":"John","LastName":"Doe","Email":"noemail@leads.com"}}]}""",
            sent.Body);
        Assert.Null(sent.Authorization);
    }

    [Fact]
    public async Task CreateLeadAsync_Form_SendsCredentialsThenFieldsPercentEncoded()
    {
        var test = new TestClient();
        test.Respond(HttpMethod.Post, "/processor/insert/general/json", DocExamples.PostResponseJsonByName);
        var lead = new LeadExecLead();
        lead.Fields.Add("Company", "A&B = C+D");
        lead.Fields.Add("City", "Zürich");

        await test.Client.CreateLeadAsync(new LeadExecCreateLeadRequest { Lead = lead, Encoding = LeadExecEncoding.Form }, TestContext.Current.CancellationToken);

        var sent = test.Single;
        Assert.Equal("application/x-www-form-urlencoded", sent.ContentType);
        Assert.Equal("vid=18&lid=1&aid=23&password=s3cret&Company=A%26B+%3D+C%2BD&City=Z%C3%BCrich", sent.Body);
    }

    [Fact]
    public async Task CreateLeadAsync_Xml_WritesLeadsAttributesAndFieldElementsEscaped()
    {
        var test = new TestClient(o => o.ResponseFormat = LeadExecResponseFormat.Xml);
        test.Respond(HttpMethod.Post, "/processor/insert/general/xml", DocExamples.PostResponseXml, "application/xml");
        var lead = new LeadExecLead { Reference = "r<1>\"" };
        lead.Fields.Add("Notes", "Tom & Jerry <3");

        await test.Client.CreateLeadAsync(new LeadExecCreateLeadRequest { Lead = lead, Encoding = LeadExecEncoding.Xml }, TestContext.Current.CancellationToken);

        var sent = test.Single;
        Assert.Equal("application/xml; charset=utf-8", sent.ContentType);
        Assert.Equal(
            """<?xml version="1.0" encoding="utf-8"?><Leads vid="18" lid="1" aid="23" password="s3cret"><Lead reference="r&lt;1&gt;&quot;"><Notes>Tom &amp; Jerry &lt;3</Notes></Lead></Leads>""",
            sent.Body);
    }

    [Theory]
    [InlineData(LeadExecPostType.General, "general")]
    [InlineData(LeadExecPostType.ManualRedirect, "manualredirect")]
    [InlineData(LeadExecPostType.AutoRedirect, "autoredirect")]
    [InlineData(LeadExecPostType.ReturnSends, "returnsends")]
    [InlineData(LeadExecPostType.Transfer, "transfer")]
    public async Task CreateLeadAsync_EachPostType_PostsToItsPathSegment(LeadExecPostType postType, string segment)
    {
        var test = new TestClient();
        test.Respond(HttpMethod.Post, $"/processor/insert/{segment}/json", DocExamples.PostResponseJsonByNumber);

        var result = await test.Client.CreateLeadAsync(new LeadExecCreateLeadRequest { Lead = JohnDoe(), PostType = postType }, TestContext.Current.CancellationToken);

        Assert.True(result.IsValidPost);
        Assert.Equal($"{TestClient.Base}/processor/insert/{segment}/json", test.Single.Url);
    }

    [Fact]
    public async Task CreateLeadAsync_CallDataForm_SendsCallKeysBeforeTheFields()
    {
        var test = new TestClient();
        test.Respond(HttpMethod.Post, "/processor/insert/calldata/json", DocExamples.PostResponseJsonByNumber);
        var lead = new LeadExecLead { IvrNumber = "7025551212", CallDuration = TimeSpan.FromSeconds(95), CallResult = "Sold", CallDate = new DateTime(2020, 11, 13, 12, 15, 0) };
        lead.Fields.Add("FirstName", "John");

        await test.Client.CreateLeadAsync(new LeadExecCreateLeadRequest { Lead = lead, PostType = LeadExecPostType.CallData, Encoding = LeadExecEncoding.Form }, TestContext.Current.CancellationToken);

        Assert.Equal("vid=18&lid=1&aid=23&password=s3cret&ivrnumber=7025551212&callduration=95&callresult=Sold&calldate=11%2F13%2F2020+12%3A15+PM&FirstName=John", test.Single.Body);
    }

    [Fact]
    public async Task CreateLeadAsync_CallDataXml_WritesCallElementsFirst()
    {
        var test = new TestClient();
        test.Respond(HttpMethod.Post, "/processor/insert/calldata/json", DocExamples.PostResponseJsonByNumber);
        var lead = new LeadExecLead { IvrNumber = "7025551212", CallDuration = TimeSpan.FromSeconds(95), CallResult = "Sold", CallDate = new DateTime(2020, 11, 13, 12, 15, 0) };
        lead.Fields.Add("FirstName", "John");

        await test.Client.CreateLeadAsync(new LeadExecCreateLeadRequest { Lead = lead, PostType = LeadExecPostType.CallData, Encoding = LeadExecEncoding.Xml }, TestContext.Current.CancellationToken);

        Assert.Equal(
            """<?xml version="1.0" encoding="utf-8"?><Leads vid="18" lid="1" aid="23" password="s3cret"><Lead><IVRNumber>7025551212</IVRNumber><CallDuration>95</CallDuration><CallResult>Sold</CallResult><CallDate>11/13/2020 12:15 PM</CallDate><FirstName>John</FirstName></Lead></Leads>""",
            test.Single.Body);
    }

    [Fact]
    public async Task CreateLeadAsync_CallDataJson_MatchesTheDocExampleProperties()
    {
        var test = new TestClient();
        test.Respond(HttpMethod.Post, "/processor/insert/calldata/json", DocExamples.PostResponseJsonByNumber);
        var lead = new LeadExecLead { Reference = "", ShouldNotSell = false, IvrNumber = "7025551212", CallDuration = TimeSpan.Zero, CallResult = "", CallDate = new DateTime(2020, 11, 13, 12, 15, 0) };
        lead.Fields.Add("FirstName", "");

        await test.Client.CreateLeadAsync(new LeadExecCreateLeadRequest { Lead = lead, PostType = LeadExecPostType.CallData, Encoding = LeadExecEncoding.Json }, TestContext.Current.CancellationToken);

        using var sent = JsonDocument.Parse(test.Single.Body);
        var properties = sent.RootElement.GetProperty("leads")[0].GetProperty("properties");
        Assert.Equal(
            """{"reference":"","noSell":false,"ivrNumber":"7025551212","callDuration":0,"callResult":"","callDate":"11/13/2020 12:15 PM"}""",
            properties.GetRawText());
    }

    [Fact]
    public async Task QueueLeadAsync_Form_PostsToAsyncPathWithReturnUrl()
    {
        var test = new TestClient(o => o.DefaultReturnUrl = new Uri("https://example.com/done?x=1"));
        test.Respond(HttpMethod.Post, "/processor/insert/general/json/async", DocExamples.QueueJson);

        var queued = await test.Client.QueueLeadAsync(new LeadExecCreateLeadRequest { Lead = JohnDoe(), Encoding = LeadExecEncoding.Form }, TestContext.Current.CancellationToken);

        Assert.True(queued.IsQueued);
        Assert.Equal("f5666260-1c2c-4bd5-9611-bb1387ca2397", queued.PostId);
        Assert.Equal("vid=18&lid=1&aid=23&password=s3cret&returnurl=https%3A%2F%2Fexample.com%2Fdone%3Fx%3D1&FirstName=John&LastName=Doe&Email=noemail%40leads.com", test.Single.Body);
    }

    [Fact]
    public async Task QueueLeadAsync_Xml_PutsReturnUrlOnLeadsAndReadsXmlQueueResponse()
    {
        var test = new TestClient(o => o.ResponseFormat = LeadExecResponseFormat.Xml);
        test.Respond(HttpMethod.Post, "/processor/insert/returnsends/xml/async", DocExamples.QueueXml, "application/xml");

        var queued = await test.Client.QueueLeadAsync(
            new LeadExecCreateLeadRequest { Lead = JohnDoe(), PostType = LeadExecPostType.ReturnSends, Encoding = LeadExecEncoding.Xml, ReturnUrl = new Uri("https://example.com/cb") },
            TestContext.Current.CancellationToken);

        Assert.True(queued.IsQueued);
        Assert.Equal("https://leads.leadexec.net/information/queuestatus/f5666260-1c2c-4bd5-9611-bb1387ca2397", queued.StatusUrl);
        Assert.StartsWith("""<?xml version="1.0" encoding="utf-8"?><Leads vid="18" lid="1" aid="23" password="s3cret" returnurl="https://example.com/cb"><Lead>""", test.Single.Body);
    }

    [Fact]
    public async Task QueueLeadAsync_Json_SendsReturnUrlInSource()
    {
        var test = new TestClient();
        test.Respond(HttpMethod.Post, "/processor/insert/transfer/json/async", DocExamples.QueueJson);

        await test.Client.QueueLeadAsync(
            new LeadExecCreateLeadRequest { Lead = JohnDoe(), PostType = LeadExecPostType.Transfer, ReturnUrl = new Uri("https://example.com/cb") },
            TestContext.Current.CancellationToken);

        using var sent = JsonDocument.Parse(test.Single.Body);
        Assert.Equal("https://example.com/cb", sent.RootElement.GetProperty("source").GetProperty("returnURL").GetString());
    }

    [Fact]
    public async Task CreateLeadAsync_PerCallCredentials_OverrideOptionsAndSendBearerToken()
    {
        var test = new TestClient(o => o.AccessToken = "configured-token");
        test.Respond(HttpMethod.Post, "/processor/insert/general/json", DocExamples.PostResponseJsonByName);

        await test.Client.CreateLeadAsync(
            new LeadExecCreateLeadRequest { Lead = JohnDoe(), Encoding = LeadExecEncoding.Form, Credentials = new LeadExecCredentials { VendorId = 77, Password = "other", AccessToken = "call-token" } },
            TestContext.Current.CancellationToken);

        Assert.StartsWith("vid=77&lid=1&aid=23&password=other&", test.Single.Body);
        Assert.Equal("Bearer call-token", test.Single.Authorization);
    }

    [Fact]
    public async Task CreateLeadAsync_ConfiguredAccessToken_SendsBearerHeader()
    {
        var test = new TestClient(o => o.AccessToken = "configured-token");
        test.Respond(HttpMethod.Post, "/processor/insert/general/json", DocExamples.PostResponseJsonByName);

        await test.Client.CreateLeadAsync(new LeadExecCreateLeadRequest { Lead = JohnDoe() }, TestContext.Current.CancellationToken);

        Assert.Equal("Bearer configured-token", test.Single.Authorization);
    }

    [Fact]
    public async Task CreateLeadAsync_RefusedLead_IsANormalResultWithTheResponseType()
    {
        var test = new TestClient();
        test.Respond(HttpMethod.Post, "/processor/insert/general/json", """{"PostID":"x","isValidPost":"false","ResponseType":"Duplicate_Lead","ResponseDetails":"Duplicate Lead"}""");

        var result = await test.Client.CreateLeadAsync(new LeadExecCreateLeadRequest { Lead = JohnDoe() }, TestContext.Current.CancellationToken);

        Assert.False(result.IsValidPost);
        Assert.Equal(LeadExecResponseType.DuplicateLead, result.ResponseType);
        Assert.Equal("Duplicate Lead", result.ResponseDetails);
    }

    [Fact]
    public async Task CreateLeadAsync_ServerError_ThrowsServerExceptionWithApiDetailsAndRedactedPassword()
    {
        var test = new TestClient();
        test.Respond(HttpMethod.Post, "/processor/insert/general/json", """{"ResponseType":"Data_Errors","ResponseDetails":"bad s3cret"}""", status: System.Net.HttpStatusCode.InternalServerError);

        var error = await Assert.ThrowsAsync<LeadsServerException>(() => test.Client.CreateLeadAsync(new LeadExecCreateLeadRequest { Lead = JohnDoe() }, TestContext.Current.CancellationToken));

        Assert.Equal("Data_Errors", error.Details.ErrorCode);
        Assert.DoesNotContain("s3cret", error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://gateway.example.com/leadexec", "https://gateway.example.com/leadexec/processor/insert/transfer/xml/async")]
    [InlineData("https://gateway.example.com/leadexec/", "https://gateway.example.com/leadexec/processor/insert/transfer/xml/async")]
    [InlineData("https://gateway.example.com/", "https://gateway.example.com/processor/insert/transfer/xml/async")]
    public async Task QueueLeadAsync_BaseAddressWithPath_KeepsThePathPrefix(string baseAddress, string expected)
    {
        var test = new TestClient(o => o.BaseAddress = new Uri(baseAddress));
        string? url = null;
        test.Mock.When(HttpMethod.Post, "*").Respond(request =>
        {
            url = request.RequestUri!.ToString();
            return new HttpResponseMessage { Content = new StringContent("""<QueueResponse><QueueSuccessful>true</QueueSuccessful></QueueResponse>""") };
        });
        var request = new LeadExecCreateLeadRequest { Lead = JohnDoe(), PostType = LeadExecPostType.Transfer, ResponseFormat = LeadExecResponseFormat.Xml };

        var first = await test.Client.QueueLeadAsync(request, TestContext.Current.CancellationToken);
        await test.Client.QueueLeadAsync(request, TestContext.Current.CancellationToken);

        Assert.True(first.IsQueued);
        Assert.Equal(expected, url);
    }
}
