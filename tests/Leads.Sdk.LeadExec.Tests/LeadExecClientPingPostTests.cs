using Leads.Sdk.LeadExec.Models;

namespace Leads.Sdk.LeadExec.Tests;

public sealed class LeadExecClientPingPostTests
{
    // The doc's PING example: EstimatedPrice "25", OrderExpiresOn "4/30/2020 1:53:45 PM" (no zone). The client's clock is
    // set around that instant taken as UTC, the reading that used to drop orders.
    private static readonly DateTimeOffset Expiry = new(2020, 4, 30, 13, 53, 45, TimeSpan.Zero);

    private static LeadExecPingAndPostLeadRequest Request(decimal? floor = null)
    {
        var ping = new LeadExecLead();
        ping.Fields.Add("ZipCode", "89101");
        var lead = new LeadExecLead();
        lead.Fields.Add("FirstName", "John");
        lead.Fields.Add("ZipCode", "89101");
        return new LeadExecPingAndPostLeadRequest { PingLead = ping, Lead = lead, MinimumPrice = floor };
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
    public async Task PingAndPostLeadAsync_OrderValidAndPriceAtFloor_PostsFormWithOrderId()
    {
        var test = ClientAt(Expiry.AddMinutes(-1));

        var result = await test.Client.PingAndPostLeadAsync(Request(floor: 25m), TestContext.Current.CancellationToken);

        Assert.Equal(LeadExecPingAndPostOutcome.Posted, result.Outcome);
        Assert.True(result.Post!.IsValidPost);
        Assert.Equal(2, test.Requests.Count);
        Assert.Equal("vid=18&lid=1&aid=23&password=s3cret&ZipCode=89101", test.Requests[0].Body);
        Assert.Equal("vid=18&lid=1&aid=23&password=s3cret&orderid=7cef1c61-916c-4ea8-b79f-5572e73c4602&FirstName=John&ZipCode=89101", test.Requests[1].Body);
    }

    // The doc's OrderExpiresOn ("4/30/2020 1:53:45 PM") has no zone, and the same doc gives call times in Pacific Time:
    // read as UTC against the local clock, an order the server still honours would be dropped. The client posts.
    [Theory]
    [InlineData(1)]
    [InlineData(60 * 8)]
    [InlineData(60 * 24 * 365)]
    public async Task PingAndPostLeadAsync_LocalClockPastZonelessExpiry_PostsAndReturnsTheServersAcceptance(int minutesPast)
    {
        var test = ClientAt(Expiry.AddMinutes(minutesPast));

        var result = await test.Client.PingAndPostLeadAsync(Request(), TestContext.Current.CancellationToken);

        Assert.Equal(LeadExecPingAndPostOutcome.Posted, result.Outcome);
        Assert.Equal(2, test.Requests.Count);
        Assert.Contains("orderid=7cef1c61-916c-4ea8-b79f-5572e73c4602", test.Requests[1].Body, StringComparison.Ordinal);
        Assert.True(result.Post!.IsValidPost);
        Assert.Null(result.Reason);
        Assert.Equal(new DateTime(2020, 4, 30, 13, 53, 45, DateTimeKind.Unspecified), result.Ping.OrderExpiresOn);
    }

    [Fact]
    public async Task PingAndPostLeadAsync_ServerRefusesTheExpiredOrder_ReturnsTheServersRefusal()
    {
        var test = new TestClient();
        test.Time.SetUtcNow(Expiry.AddMinutes(-1));
        test.Respond(HttpMethod.Post, "/processor/insert/ping/json", DocExamples.PingJson);
        test.Respond(HttpMethod.Post, "/processor/insert/general/json", """{"PostID":"p1","isValidPost":false,"ResponseType":9,"ResponseDetails":"Order 7cef1c61 has expired"}""");

        var result = await test.Client.PingAndPostLeadAsync(Request(), TestContext.Current.CancellationToken);

        Assert.Equal(LeadExecPingAndPostOutcome.Posted, result.Outcome);
        Assert.False(result.Post!.IsValidPost);
        Assert.Equal(LeadExecResponseType.DataErrors, result.Post.ResponseType);
        Assert.Equal("Order 7cef1c61 has expired", result.Post.ResponseDetails);
        Assert.Equal(2, test.Requests.Count);
    }

    [Fact]
    public async Task PingAndPostLeadAsync_EstimateBelowFloor_DoesNotPostAndSaysWhy()
    {
        var test = ClientAt(Expiry.AddMinutes(-1));

        var result = await test.Client.PingAndPostLeadAsync(Request(floor: 25.01m), TestContext.Current.CancellationToken);

        Assert.Equal(LeadExecPingAndPostOutcome.BelowMinimumPrice, result.Outcome);
        Assert.Contains("below the minimum 25.01", result.Reason, StringComparison.Ordinal);
        Assert.Single(test.Requests);
    }

    [Fact]
    public async Task PingAndPostLeadAsync_NoEstimateWithFloor_DoesNotPost()
    {
        var test = ClientAt(Expiry.AddMinutes(-1), """{"WillAccept":true,"OrderID":"o1","OrderExpiresOn":"4/30/2020 1:53:45 PM"}""");

        var result = await test.Client.PingAndPostLeadAsync(Request(floor: 1m), TestContext.Current.CancellationToken);

        Assert.Equal(LeadExecPingAndPostOutcome.BelowMinimumPrice, result.Outcome);
        Assert.Single(test.Requests);
    }

    [Fact]
    public async Task PingAndPostLeadAsync_WillAcceptFalse_DoesNotPost()
    {
        var test = ClientAt(Expiry.AddMinutes(-1), """{"WillAccept":"false","Response":"No coverage"}""");

        var result = await test.Client.PingAndPostLeadAsync(Request(), TestContext.Current.CancellationToken);

        Assert.Equal(LeadExecPingAndPostOutcome.NotAccepted, result.Outcome);
        Assert.Contains("No coverage", result.Reason, StringComparison.Ordinal);
        Assert.Single(test.Requests);
    }

    [Fact]
    public async Task PingAndPostLeadAsync_InvalidPostLead_ThrowsBeforeAnyPing()
    {
        var test = ClientAt(Expiry.AddMinutes(-1));
        var request = Request();
        request.Lead!.Fields.Add("bad\u0001name", "x");

        await Assert.ThrowsAsync<LeadsValidationException>(() => test.Client.PingAndPostLeadAsync(request, TestContext.Current.CancellationToken));

        Assert.Empty(test.Requests);
    }

    [Theory]
    [InlineData(LeadExecEncoding.Form, "FirstName")]
    [InlineData(LeadExecEncoding.Form, "lastname")]
    [InlineData(LeadExecEncoding.Json, "EMAIL")]
    [InlineData(LeadExecEncoding.Json, "Email")]
    [InlineData(LeadExecEncoding.Form, "Phone")]
    [InlineData(LeadExecEncoding.Json, "homephone")]
    [InlineData(LeadExecEncoding.Form, "Address1")]
    public async Task PingLeadAsync_DocumentedContactField_IsRefusedBeforeSendingNamingTheField(LeadExecEncoding encoding, string contactField)
    {
        var test = ClientAt(Expiry);
        var lead = new LeadExecLead();
        lead.Fields.Add("ZipCode", "89101");
        lead.Fields.Add(contactField, "x");

        var error = await Assert.ThrowsAsync<LeadsValidationException>(
            () => test.Client.PingLeadAsync(new LeadExecPingLeadRequest { Lead = lead, Encoding = encoding }, TestContext.Current.CancellationToken));

        var single = Assert.Single(error.Errors);
        Assert.Equal("Lead.Fields[1].Name", single.Path);
        Assert.Equal(Leads.Sdk.Validation.ValidationRules.AllowedValues, single.Rule);
        Assert.Equal($"Field '{contactField}' is contact information, which the doc's PING section says should be excluded; send it with the POST.", single.Message);
        Assert.Empty(test.Requests);
    }

    [Fact]
    public async Task QueuePingAsync_ContactField_IsRefusedBeforeSending()
    {
        var test = new TestClient();
        var lead = new LeadExecLead();
        lead.Fields.Add("Email", "john@example.com");

        var error = await Assert.ThrowsAsync<LeadsValidationException>(
            () => test.Client.QueuePingAsync(new LeadExecPingLeadRequest { Lead = lead, ReturnUrl = new Uri("https://example.com/r") }, TestContext.Current.CancellationToken));

        Assert.Equal("Lead.Fields[0].Name", Assert.Single(error.Errors).Path);
        Assert.Empty(test.Requests);
    }

    [Fact]
    public async Task PingAndPostLeadAsync_PingLeadWithContactField_ThrowsBeforeAnythingIsSent()
    {
        var test = ClientAt(Expiry.AddMinutes(-1));
        var request = Request();
        request.PingLead!.Fields.Add("FirstName", "John");

        var error = await Assert.ThrowsAsync<LeadsValidationException>(() => test.Client.PingAndPostLeadAsync(request, TestContext.Current.CancellationToken));

        Assert.Contains("'FirstName' is contact information", Assert.Single(error.Errors).Message, StringComparison.Ordinal);
        Assert.Empty(test.Requests);
    }

    [Fact]
    public async Task PingLeadAsync_NamesThatOnlyResembleContactFields_AreSent()
    {
        var test = ClientAt(Expiry);
        var lead = new LeadExecLead();
        lead.Fields.Add("ZipCode", "89101");
        lead.Fields.Add("EmailOptIn", "true");
        lead.Fields.Add("FirstNameLength", "4");

        await test.Client.PingLeadAsync(new LeadExecPingLeadRequest { Lead = lead, Encoding = LeadExecEncoding.Form }, TestContext.Current.CancellationToken);

        Assert.Equal("vid=18&lid=1&aid=23&password=s3cret&ZipCode=89101&EmailOptIn=true&FirstNameLength=4", test.Single.Body);
    }

    [Fact]
    public async Task PingLeadAsync_Json_SendsSourceWithAidAndEmptyProperties()
    {
        var test = ClientAt(Expiry);
        var lead = new LeadExecLead();
        lead.Fields.Add("ZipCode", "89101");

        await test.Client.PingLeadAsync(new LeadExecPingLeadRequest { Lead = lead, Encoding = LeadExecEncoding.Json }, TestContext.Current.CancellationToken);

        Assert.Equal("""{"source":{"vid":18,"aid":23,"lid":1,"password":"s3cret"},"leads":[{"properties":{},"fields":{"ZipCode":"89101"}}]}""", test.Single.Body);
    }

    [Fact]
    public async Task QueuePingAsync_Form_PostsToPingAsyncWithReturnUrl()
    {
        var test = new TestClient();
        test.Respond(HttpMethod.Post, "/processor/insert/ping/json/async", DocExamples.QueueJson);
        var lead = new LeadExecLead();
        lead.Fields.Add("ZipCode", "89101");

        var queued = await test.Client.QueuePingAsync(
            new LeadExecPingLeadRequest { Lead = lead, Encoding = LeadExecEncoding.Form, ReturnUrl = new Uri("https://example.com/r") },
            TestContext.Current.CancellationToken);

        Assert.True(queued.IsQueued);
        Assert.Equal("vid=18&lid=1&aid=23&password=s3cret&returnurl=https%3A%2F%2Fexample.com%2Fr&ZipCode=89101", test.Single.Body);
    }
}
