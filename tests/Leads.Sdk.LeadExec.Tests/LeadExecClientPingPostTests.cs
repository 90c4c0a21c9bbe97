using Leads.Sdk.LeadExec.Models;

namespace Leads.Sdk.LeadExec.Tests;

public sealed class LeadExecClientPingPostTests
{
    // The doc's PING example: EstimatedPrice "25", OrderExpiresOn "4/30/2020 1:53:45 PM" (read as UTC).
    private static readonly DateTimeOffset Expiry = new(2020, 4, 30, 13, 53, 45, TimeSpan.Zero);

    private static LeadExecPingPostRequest Request(decimal? floor = null)
    {
        var ping = new LeadExecLead();
        ping.Fields.Add("ZipCode", "89101");
        var lead = new LeadExecLead();
        lead.Fields.Add("FirstName", "John");
        lead.Fields.Add("ZipCode", "89101");
        return new LeadExecPingPostRequest { PingLead = ping, Lead = lead, MinimumPrice = floor };
    }

    private static TestClient ClientAt(DateTimeOffset now, string pingBody = DocExamples.PingJson)
    {
        var test = new TestClient();
        test.Time.SetUtcNow(now);
        test.Respond(HttpMethod.Post, "/processor/insert/ping/json", pingBody);
        test.Respond(HttpMethod.Post, "/processor/insert/general/json", DocExamples.PostResponseJsonByName);
        return test;
    }

    [Fact]
    public async Task PingPostAsync_OrderValidAndPriceAtFloor_PostsFormWithOrderId()
    {
        var test = ClientAt(Expiry.AddMinutes(-1));

        var result = await test.Client.PingPostAsync(Request(floor: 25m), TestContext.Current.CancellationToken);

        Assert.Equal(LeadExecPingPostOutcome.Posted, result.Outcome);
        Assert.True(result.Post!.IsValidPost);
        Assert.Equal(2, test.Requests.Count);
        Assert.Equal("vid=18&lid=1&aid=23&password=s3cret&ZipCode=89101", test.Requests[0].Body);
        Assert.Equal("vid=18&lid=1&aid=23&password=s3cret&orderid=7cef1c61-916c-4ea8-b79f-5572e73c4602&FirstName=John&ZipCode=89101", test.Requests[1].Body);
    }

    [Fact]
    public async Task PingPostAsync_OrderExpiredByClientClock_DoesNotPostAndSaysWhy()
    {
        var test = ClientAt(Expiry.AddSeconds(1));

        var result = await test.Client.PingPostAsync(Request(), TestContext.Current.CancellationToken);

        Assert.Equal(LeadExecPingPostOutcome.OrderExpired, result.Outcome);
        Assert.Null(result.Post);
        Assert.Contains("expired", result.Reason, StringComparison.Ordinal);
        Assert.Single(test.Requests);
    }

    [Fact]
    public async Task PingPostAsync_ExactlyAtExpiry_DoesNotPost()
    {
        var test = ClientAt(Expiry);

        var result = await test.Client.PingPostAsync(Request(), TestContext.Current.CancellationToken);

        Assert.Equal(LeadExecPingPostOutcome.OrderExpired, result.Outcome);
        Assert.Single(test.Requests);
    }

    [Fact]
    public async Task PingPostAsync_EstimateBelowFloor_DoesNotPostAndSaysWhy()
    {
        var test = ClientAt(Expiry.AddMinutes(-1));

        var result = await test.Client.PingPostAsync(Request(floor: 25.01m), TestContext.Current.CancellationToken);

        Assert.Equal(LeadExecPingPostOutcome.BelowMinimumPrice, result.Outcome);
        Assert.Contains("below the minimum 25.01", result.Reason, StringComparison.Ordinal);
        Assert.Single(test.Requests);
    }

    [Fact]
    public async Task PingPostAsync_NoEstimateWithFloor_DoesNotPost()
    {
        var test = ClientAt(Expiry.AddMinutes(-1), """{"WillAccept":true,"OrderID":"o1","OrderExpiresOn":"4/30/2020 1:53:45 PM"}""");

        var result = await test.Client.PingPostAsync(Request(floor: 1m), TestContext.Current.CancellationToken);

        Assert.Equal(LeadExecPingPostOutcome.BelowMinimumPrice, result.Outcome);
        Assert.Single(test.Requests);
    }

    [Fact]
    public async Task PingPostAsync_WillAcceptFalse_DoesNotPost()
    {
        var test = ClientAt(Expiry.AddMinutes(-1), """{"WillAccept":"false","Response":"No coverage"}""");

        var result = await test.Client.PingPostAsync(Request(), TestContext.Current.CancellationToken);

        Assert.Equal(LeadExecPingPostOutcome.NotAccepted, result.Outcome);
        Assert.Contains("No coverage", result.Reason, StringComparison.Ordinal);
        Assert.Single(test.Requests);
    }

    [Fact]
    public async Task PingPostAsync_InvalidPostLead_ThrowsBeforeAnyPing()
    {
        var test = ClientAt(Expiry.AddMinutes(-1));
        var request = Request();
        request.Lead!.Fields.Add("1bad", "x");

        await Assert.ThrowsAsync<LeadsValidationException>(() => test.Client.PingPostAsync(request, TestContext.Current.CancellationToken));

        Assert.Empty(test.Requests);
    }

    [Fact]
    public async Task PingAsync_Json_SendsSourceWithAidAndEmptyProperties()
    {
        var test = ClientAt(Expiry);
        var lead = new LeadExecLead();
        lead.Fields.Add("ZipCode", "89101");

        await test.Client.PingAsync(new LeadExecPingRequest { Lead = lead, Encoding = LeadExecEncoding.Json }, TestContext.Current.CancellationToken);

        Assert.Equal("""{"source":{"vid":18,"aid":23,"lid":1,"password":"s3cret"},"leads":[{"properties":{},"fields":{"ZipCode":"89101"}}]}""", test.Single.Body);
    }

    [Fact]
    public async Task PingQueuedAsync_Form_PostsToPingAsyncWithReturnUrl()
    {
        var test = new TestClient();
        test.Respond(HttpMethod.Post, "/processor/insert/ping/json/async", DocExamples.QueueJson);
        var lead = new LeadExecLead();
        lead.Fields.Add("ZipCode", "89101");

        var queued = await test.Client.PingQueuedAsync(
            new LeadExecPingRequest { Lead = lead, Encoding = LeadExecEncoding.Form, ReturnUrl = new Uri("https://example.com/r") },
            TestContext.Current.CancellationToken);

        Assert.True(queued.QueueSuccessful);
        Assert.Equal("vid=18&lid=1&aid=23&password=s3cret&returnurl=https%3A%2F%2Fexample.com%2Fr&ZipCode=89101", test.Single.Body);
    }
}
