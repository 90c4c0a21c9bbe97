using Leads.Sdk.Emulator;
using Leads.Sdk.LeadExec;
using Leads.Sdk.LeadExec.Models;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Leads.Sdk.Samples;

/// <summary>The LeadExec Lead Receiver sample: ping/post with a price floor, a queued post, a duplicate check, and one insert per encoding.</summary>
internal sealed class LeadExecScenario : IScenario
{
    public string Section => "LeadExec";

    public string Title => "LeadExec Lead Receiver";

    public void Register(IServiceCollection services, IConfigurationSection section, LeadsEmulator? emulator)
    {
        if (emulator is null)
        {
            services.AddLeadExecClient(section);
            return;
        }

        var fake = emulator.Options.LeadExec;
        services.AddLeadExecClient(options =>
        {
            options.BaseAddress = emulator.BaseAddress;
            options.AllowInsecureHttp = true;
            options.VendorId = fake.VendorId;
            options.LeadTypeId = fake.LeadTypeId;
            options.AffiliateId = fake.AffiliateId;
            options.Password = fake.Password;
        });
    }

    // Asserts only what the doc guarantees: every call gets its documented answer (PostResponse, PingResponse,
    // LeadQueueResponse, a queue status). Whether a lead is bought, a duplicate, worth a price or processed in time depends
    // on the account and the server: printed, not asserted.
    public async Task RunAsync(IServiceProvider services, ScenarioReport report, CancellationToken cancellationToken)
    {
        var client = services.GetRequiredService<ILeadExecClient>();
        var run = Guid.NewGuid().ToString("N")[..8];

        // 1. One insert in each encoding.
        foreach (var encoding in new[] { LeadExecEncoding.Form, LeadExecEncoding.Xml, LeadExecEncoding.Json })
        {
            var lead = Lead($"{encoding}-{run}");
            lead.Reference = encoding == LeadExecEncoding.Form ? null : $"sample-{encoding}";
            report.Step($"Insert a general lead as {encoding}");
            report.Sent($"POST /processor/insert/general/json ({encoding}) Email={lead.Fields["Email"]}");
            var result = await client.CreateLeadAsync(new LeadExecCreateLeadRequest { Lead = lead, Encoding = encoding }, cancellationToken);
            report.Received(result.ToString());
            report.Note(result.IsValidPost ? "accepted" : $"refused by the server: {result.ResponseType} {result.ResponseDetails}");
        }

        // 2. A duplicate check of the JSON lead just inserted ("Access to this feature must be approved").
        report.Step("Check whether the JSON lead's e-mail was received before");
        var check = new LeadExecCheckDuplicateLeadRequest();
        check.Fields.Add("Email", $"json-{run}@example.com");
        report.Sent($"POST /processor/duplicate/check Email={check.Fields["Email"]}");
        try
        {
            var duplicate = await client.CheckDuplicateLeadAsync(check, cancellationToken);
            report.Received(duplicate.ToString());
        }
        catch (LeadsApiException exception)
        {
            report.Note($"the duplicate check is not available to this account: {exception.Message}");
        }

        // 3. Ping/post with a price floor: first a low floor, then a high one. The PING carries no contact fields.
        foreach (var floor in new[] { 20m, 1000m })
        {
            report.Step($"Ping/post with a minimum price of {floor}");
            var ping = new LeadExecLead();
            ping.Fields.Set("ZipCode", "89101").Set("LoanAmount", 250000);
            var pingPost = await client.PingAndPostLeadAsync(
                new LeadExecPingAndPostLeadRequest { PingLead = ping, Lead = Lead($"pingpost-{floor}-{run}"), MinimumPrice = floor },
                cancellationToken);
            report.Received(pingPost.Ping.ToString());
            report.Received(pingPost.ToString());
            RequireConsistent(pingPost, floor);
        }

        // 4. A queued post, then wait for its status (the doc gives no processing time, so a slow server is not a failure).
        report.Step("Queue a lead, then poll its status until it is processed");
        var queued = await client.QueueLeadAsync(new LeadExecCreateLeadRequest { Lead = Lead($"queued-{run}"), Encoding = LeadExecEncoding.Json }, cancellationToken);
        report.Received(queued.ToString());
        if (!queued.IsQueued || string.IsNullOrWhiteSpace(queued.PostId))
        {
            report.Note("the server did not queue the lead");
            return;
        }

        try
        {
            var status = await client.WaitForQueueResultAsync(
                queued.PostId,
                new LeadExecPollingOptions { InitialDelay = TimeSpan.FromMilliseconds(200), Timeout = TimeSpan.FromSeconds(30) },
                cancellationToken);
            report.Received(status.ToString());
            report.Note(status.IsValid ? "processed and accepted" : $"processed and refused: {status.RejectionReason}");
        }
        catch (LeadsOperationTimeoutException exception)
        {
            report.Note(exception.Message);
        }
    }

    // What the SDK promises about a ping/post, whatever the server answered.
    private static void RequireConsistent(LeadExecPingAndPostLeadResult result, decimal floor)
    {
        var ping = result.Ping;
        var pingAccepted = ping.IsAccepted && !string.IsNullOrWhiteSpace(ping.OrderId);
        var priceReached = ping.EstimatedPrice is { } price && price >= floor;
        var expected = !pingAccepted ? LeadExecPingAndPostOutcome.NotAccepted
            : !priceReached ? LeadExecPingAndPostOutcome.BelowMinimumPrice
            : LeadExecPingAndPostOutcome.Posted;
        Require(result.Outcome == expected, $"outcome {result.Outcome}, expected {expected} for {ping}");
        Require((result.Post is not null) == (expected == LeadExecPingAndPostOutcome.Posted), "a POST answer must exist exactly when the lead was posted");
    }

    private static LeadExecLead Lead(string tag)
    {
        var lead = new LeadExecLead();
        lead.Fields.Add("FirstName", "John");
        lead.Fields.Add("LastName", "Doe");
        lead.Fields.Add("Email", $"{tag.ToLowerInvariant()}@example.com");
        lead.Fields.Set("DateOfBirth", new DateOnly(1980, 5, 17)).Set("Homeowner", true);
        return lead;
    }

    private static void Require(bool condition, string problem)
    {
        if (!condition)
        {
            throw new InvalidOperationException("LeadExec sample: " + problem);
        }
    }
}
