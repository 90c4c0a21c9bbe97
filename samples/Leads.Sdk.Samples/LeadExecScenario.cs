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
            var result = await client.InsertAsync(new LeadExecInsertRequest { Lead = lead, Encoding = encoding }, cancellationToken);
            report.Received(result.ToString());
            Require(result.IsValidPost, $"the {encoding} insert was refused: {result.ResponseDetails}");
        }

        // 2. A duplicate check of the JSON lead just inserted.
        report.Step("Check whether the JSON lead's e-mail was received before");
        var check = new LeadExecDuplicateCheckRequest();
        check.Fields.Add("Email", $"json-{run}@example.com");
        report.Sent($"POST /processor/duplicate/check Email={check.Fields["Email"]}");
        var duplicate = await client.CheckDuplicateAsync(check, cancellationToken);
        report.Received(duplicate.ToString());
        Require(duplicate.IsDuplicate, "the duplicate check did not find the lead inserted above");

        // 3. Ping/post with a price floor: first a floor the estimate reaches, then one it does not.
        foreach (var floor in new[] { 20m, 1000m })
        {
            report.Step($"Ping/post with a minimum price of {floor}");
            var ping = new LeadExecLead();
            ping.Fields.Set("ZipCode", "89101").Set("LoanAmount", 250000);
            var pingPost = await client.PingPostAsync(
                new LeadExecPingPostRequest { PingLead = ping, Lead = Lead($"pingpost-{floor}-{run}"), MinimumPrice = floor },
                cancellationToken);
            report.Received(pingPost.Ping.ToString());
            report.Received(pingPost.ToString());
            Require(pingPost.Outcome == (floor == 20m ? LeadExecPingPostOutcome.Posted : LeadExecPingPostOutcome.BelowMinimumPrice), $"unexpected ping/post outcome {pingPost.Outcome}");
        }

        // 4. A queued post, then wait for its status.
        report.Step("Queue a lead, then poll its status until it is processed");
        var queued = await client.InsertQueuedAsync(new LeadExecInsertRequest { Lead = Lead($"queued-{run}"), Encoding = LeadExecEncoding.Json }, cancellationToken);
        report.Received(queued.ToString());
        var status = await client.WaitForQueueResultAsync(
            queued.PostId!,
            new LeadExecPollingOptions { InitialDelay = TimeSpan.FromMilliseconds(200), Timeout = TimeSpan.FromSeconds(30) },
            cancellationToken);
        report.Received(status.ToString());
        Require(status.IsValid, $"the queued lead was refused: {status.RejectionReason}");
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
