using System.Net;
using System.Text;
using Leads.Sdk.LeadExec.Models;
using RichardSzalay.MockHttp;

namespace Leads.Sdk.LeadExec.Tests;

/// <summary>
/// Every call as it reaches the wire through the Refit interface: method, exact address (under a base address with a
/// path), content type and Bearer header. Refit escapes path values and names, so the addresses are asserted as sent.
/// </summary>
public sealed class LeadExecClientWireTests
{
    private const string Base = "https://gateway.example.com/leadexec/";

    // One body every result type can read: each call ignores the others' fields.
    private const string AnyResult = """{"isValidPost":true,"QueueSuccessful":true,"WillAccept":true,"OrderID":"o-1","IsDuplicate":false,"PostID":"p-1"}""";

    private const string Json = "application/json; charset=utf-8";
    private const string Form = "application/x-www-form-urlencoded";
    private const string Xml = "application/xml; charset=utf-8";

    private static readonly Dictionary<string, Func<LeadExecClient, CancellationToken, Task>> Calls = new()
    {
        ["CreateLead general json"] = (c, ct) => c.CreateLeadAsync(new LeadExecCreateLeadRequest { Lead = Lead(), Encoding = LeadExecEncoding.Json }, ct),
        ["CreateLead transfer form"] = (c, ct) => c.CreateLeadAsync(new LeadExecCreateLeadRequest { Lead = Lead(), PostType = LeadExecPostType.Transfer, Encoding = LeadExecEncoding.Form }, ct),
        ["CreateLead manualredirect xml"] = (c, ct) => c.CreateLeadAsync(
            new LeadExecCreateLeadRequest { Lead = Lead(), PostType = LeadExecPostType.ManualRedirect, Encoding = LeadExecEncoding.Xml, ResponseFormat = LeadExecResponseFormat.Xml }, ct),
        ["QueueLead returnsends json"] = (c, ct) => c.QueueLeadAsync(new LeadExecCreateLeadRequest { Lead = Lead(), PostType = LeadExecPostType.ReturnSends, Encoding = LeadExecEncoding.Json }, ct),
        ["PingLead form"] = (c, ct) => c.PingLeadAsync(new LeadExecPingLeadRequest { Lead = Lead(), Encoding = LeadExecEncoding.Form }, ct),
        ["QueuePing json xml"] = (c, ct) => c.QueuePingAsync(new LeadExecPingLeadRequest { Lead = Lead(), Encoding = LeadExecEncoding.Json, ResponseFormat = LeadExecResponseFormat.Xml }, ct),
        ["PingAndPostLead"] = (c, ct) => c.PingAndPostLeadAsync(new LeadExecPingAndPostLeadRequest { PingLead = Lead(), Lead = Lead() }, ct),
        ["UpdateLead"] = (c, ct) => c.UpdateLeadAsync(new LeadExecUpdateLeadRequest { LeadId = 42, Encoding = LeadExecEncoding.Form }, ct),
        ["CheckDuplicateLead"] = (c, ct) => c.CheckDuplicateLeadAsync(Duplicate(), ct),
        ["GetQueueStatus"] = (c, ct) => c.GetQueueStatusAsync("p-1", ct),
    };

    public static TheoryData<string, string[]> Requests() => new()
    {
        { "CreateLead general json", [$"POST {Base}processor/insert/general/json {Json}"] },
        { "CreateLead transfer form", [$"POST {Base}processor/insert/transfer/json {Form}"] },
        { "CreateLead manualredirect xml", [$"POST {Base}processor/insert/manualredirect/xml {Xml}"] },
        { "QueueLead returnsends json", [$"POST {Base}processor/insert/returnsends/json/async {Json}"] },
        { "PingLead form", [$"POST {Base}processor/insert/ping/json {Form}"] },
        { "QueuePing json xml", [$"POST {Base}processor/insert/ping/xml/async {Json}"] },
        { "PingAndPostLead", [$"POST {Base}processor/insert/ping/json {Form}", $"POST {Base}processor/insert/general/json {Form}"] },
        { "UpdateLead", [$"POST {Base}processor/update/json {Form}"] },
        { "CheckDuplicateLead", [$"POST {Base}processor/duplicate/check {Json}"] },
        { "GetQueueStatus", [$"GET {Base}information/queuestatus/p-1 (no body)"] },
    };

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task Call_BaseAddressWithPathAndToken_SendsTheDocumentedRequest(string call, string[] expected)
    {
        var sent = new List<string>();
        var authorizations = new List<string?>();
        var mock = new MockHttpMessageHandler();
        mock.When("*").Respond(request =>
        {
            sent.Add($"{request.Method} {request.RequestUri} {request.Content?.Headers.ContentType?.ToString() ?? "(no body)"}");
            authorizations.Add(request.Headers.Authorization?.ToString());
            return new HttpResponseMessage { Content = new StringContent(AnyResult, Encoding.UTF8, "application/json") };
        });
        var options = new LeadExecClientOptions
        {
            BaseAddress = new Uri(Base), VendorId = 18, LeadTypeId = 1, AffiliateId = 23, Password = "s3cret", AccessToken = "t0ken",
        };
        var client = new LeadExecClient(mock.ToHttpClient(), options);

        await Calls[call](client, TestContext.Current.CancellationToken);

        Assert.Equal(expected, sent);
        Assert.All(authorizations, a => Assert.Equal("Bearer t0ken", a));
    }

    /// <summary>
    /// A caller's handler that follows a 307 re-sends the lead elsewhere on the same server and rewrites the request's
    /// address; the answer is not the insert's, so it is refused even though origin and base path match.
    /// </summary>
    [Fact]
    public async Task CreateLeadAsync_CallersHandlerFollowedA307OnTheSameServer_ThrowsRedirectException()
    {
        var mock = new MockHttpMessageHandler();
        mock.When("*").Respond(request =>
        {
            request.RequestUri = new Uri("https://leads.leadexec.net/processor/insert/general/json/moved");
            return new HttpResponseMessage(HttpStatusCode.OK) { RequestMessage = request, Content = new StringContent(DocExamples.PostResponseJsonByName) };
        });
        var client = new LeadExecClient(mock.ToHttpClient(), new LeadExecClientOptions { VendorId = 18, LeadTypeId = 1, AffiliateId = 23, Password = "s3cret" });

        var exception = await Assert.ThrowsAsync<LeadsRedirectException>(
            () => client.CreateLeadAsync(new LeadExecCreateLeadRequest { Lead = Lead() }, TestContext.Current.CancellationToken));

        Assert.Equal("POST", exception.Method);
    }

    private static LeadExecCheckDuplicateLeadRequest Duplicate()
    {
        var request = new LeadExecCheckDuplicateLeadRequest { Encoding = LeadExecEncoding.Json };
        request.Fields.Add("Email", "test@test.com");
        return request;
    }

    private static LeadExecLead Lead()
    {
        var lead = new LeadExecLead();
        lead.Fields.Add("ZipCode", "89101");
        return lead;
    }
}
