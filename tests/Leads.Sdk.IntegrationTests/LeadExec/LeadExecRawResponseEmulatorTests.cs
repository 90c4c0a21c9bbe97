using System.Net;
using System.Text.Json;
using Leads.Sdk.LeadExec;
using Leads.Sdk.LeadExec.Models;
using static Leads.Sdk.IntegrationTests.LeadExec.LeadExecClientEmulatorTests;

namespace Leads.Sdk.IntegrationTests.LeadExec;

/// <summary>Every LeadExec call against the emulator: the raw response of a success and a failure, and a field the doc does not list.</summary>
public sealed class LeadExecRawResponseEmulatorTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static LeadExecLead PingLead()
    {
        var lead = new LeadExecLead();
        lead.Fields.Add("ZipCode", "89101");
        return lead;
    }

    /// <summary>Each call once, in <paramref name="format"/>, with what it returned as (result, raw response, additional fields).</summary>
    private static async Task<List<(string Call, LeadsResponse? Raw, IReadOnlyDictionary<string, JsonElement> Fields)>> CallEachAsync(ILeadExecClient client, LeadExecResponseFormat format)
    {
        var results = new List<(string, LeadsResponse?, IReadOnlyDictionary<string, JsonElement>)>();
        var created = await client.CreateLeadAsync(new LeadExecCreateLeadRequest { Lead = Lead($"raw-{format}@example.com"), ResponseFormat = format }, Ct);
        results.Add(("CreateLead", created.RawResponse, created.AdditionalFields));
        var queued = await client.QueueLeadAsync(new LeadExecCreateLeadRequest { Lead = Lead($"raw-q-{format}@example.com"), ResponseFormat = format }, Ct);
        results.Add(("QueueLead", queued.RawResponse, queued.AdditionalFields));
        var status = await client.GetQueueStatusAsync(queued.PostId!, Ct);
        results.Add(("GetQueueStatus", status.RawResponse, status.AdditionalFields));
        var ping = await client.PingLeadAsync(new LeadExecPingLeadRequest { Lead = PingLead(), ResponseFormat = format }, Ct);
        results.Add(("PingLead", ping.RawResponse, ping.AdditionalFields));
        var queuedPing = await client.QueuePingAsync(new LeadExecPingLeadRequest { Lead = PingLead(), ResponseFormat = format }, Ct);
        results.Add(("QueuePing", queuedPing.RawResponse, queuedPing.AdditionalFields));
        var pingAndPost = await client.PingAndPostLeadAsync(new LeadExecPingAndPostLeadRequest { PingLead = PingLead(), Lead = Lead($"raw-pp-{format}@example.com"), ResponseFormat = format }, Ct);
        Assert.Equal(LeadExecPingAndPostOutcome.Posted, pingAndPost.Outcome);
        Assert.Same(pingAndPost.Post!.RawResponse, pingAndPost.RawResponse);
        results.Add(("PingAndPostLead", pingAndPost.RawResponse, pingAndPost.AdditionalFields));
        results.Add(("PingAndPostLead.Ping", pingAndPost.Ping.RawResponse, pingAndPost.Ping.AdditionalFields));
        var update = new LeadExecUpdateLeadRequest { LeadId = created.LeadId!.Value, ResponseFormat = format };
        update.Fields.Add("Phone", "7025550000");
        var updated = await client.UpdateLeadAsync(update, Ct);
        results.Add(("UpdateLead", updated.RawResponse, updated.AdditionalFields));
        var check = new LeadExecCheckDuplicateLeadRequest();
        check.Fields.Add("Email", $"raw-{format}@example.com");
        var duplicate = await client.CheckDuplicateLeadAsync(check, Ct);
        Assert.True(duplicate.IsDuplicate);
        results.Add(("CheckDuplicateLead", duplicate.RawResponse, duplicate.AdditionalFields));
        return results;
    }

    [Fact]
    public async Task EveryCall_Success_RawResponseHasStatusAndContentType()
    {
        var (emulator, services, client) = await StartAsync();
        await using var _ = emulator;
        using var __ = services;

        var results = await CallEachAsync(client, LeadExecResponseFormat.Json);

        Assert.Equal(9, results.Count);
        Assert.All(results, r =>
        {
            Assert.True(r.Raw is not null, r.Call);
            Assert.Equal(HttpStatusCode.OK, r.Raw.StatusCode);
            Assert.Equal("application/json; charset=utf-8", r.Raw.GetHeaderValue("Content-Type"));
        });
    }

    [Fact]
    public async Task CreateLeadAsync_XmlAnswer_RawResponseHasXmlContentType()
    {
        var (emulator, services, client) = await StartAsync();
        await using var _ = emulator;
        using var __ = services;

        var result = await client.CreateLeadAsync(new LeadExecCreateLeadRequest { Lead = Lead("raw-xml@example.com"), ResponseFormat = LeadExecResponseFormat.Xml }, Ct);

        Assert.Equal(HttpStatusCode.OK, result.RawResponse!.StatusCode);
        Assert.Equal("application/xml; charset=utf-8", result.RawResponse.GetHeaderValue("content-type"));
    }

    [Fact]
    public async Task CreateLeadAsync_WrongToken_FailureCarriesTheRawResponse()
    {
        var (emulator, services, client) = await StartAsync(e => e.LeadExec.AccessToken = "tok", c => c.AccessToken = "other");
        await using var _ = emulator;
        using var __ = services;

        var exception = await Assert.ThrowsAsync<LeadsAuthenticationException>(
            () => client.CreateLeadAsync(new LeadExecCreateLeadRequest { Lead = Lead("raw-401@example.com") }, Ct));

        Assert.Equal(HttpStatusCode.Unauthorized, exception.StatusCode);
        Assert.Equal("/processor/insert/general/json", exception.RequestPath);
        Assert.NotNull(exception.Details.Response);
        Assert.Equal(HttpStatusCode.Unauthorized, exception.Details.Response.StatusCode);
        Assert.Equal("0", exception.Details.Response.GetHeaderValue("Content-Length"));
    }

    [Theory]
    [InlineData(LeadExecResponseFormat.Json)]
    [InlineData(LeadExecResponseFormat.Xml)]
    public async Task EveryCall_ServerSendsUndocumentedField_ResultKeepsIt(LeadExecResponseFormat format)
    {
        var (emulator, services, client) = await StartAsync(e => e.LeadExec.AdditionalResponseFields["BuyerTier"] = "gold");
        await using var _ = emulator;
        using var __ = services;

        var results = await CallEachAsync(client, format);

        Assert.All(results, r =>
        {
            var field = Assert.Single(r.Fields);
            Assert.Equal("BuyerTier", field.Key);
            Assert.Equal("gold", field.Value.GetString());
        });
    }
}
