using Leads.Sdk.Aimbase;
using Leads.Sdk.Aimbase.Models;
using Leads.Sdk.Aimbase.OData;
using Leads.Sdk.Aimbase.OData.Models;
using Leads.Sdk.Aimbase.OData.Query;
using Leads.Sdk.CrmApi;
using Leads.Sdk.CrmApi.Models;
using Leads.Sdk.LeadExec;
using Leads.Sdk.LeadExec.Models;
using Leads.Sdk.DependencyInjection;
using Microsoft.Extensions.DependencyInjection;

namespace Leads.Sdk.AotSmoke;

/// <summary>One call per client operation and wire format; each returns a short description of what came back.</summary>
internal static class SmokeChecks
{
    public const string AimbaseJsonClientName = "aimbase-json";

    public static IReadOnlyList<(string Name, Func<IServiceProvider, CancellationToken, Task<string>> Check)> All { get; } =
    [
        ("Aimbase CreateLeads (XML)", (s, ct) => AimbaseCreateAsync(s.GetRequiredService<IAimbaseLeadClient>(), ct)),
        ("Aimbase CreateLeads (JSON)", (s, ct) => AimbaseCreateAsync(s.GetRequiredService<ILeadsClientFactory<IAimbaseLeadClient>>().CreateClient(AimbaseJsonClientName), ct)),
        ("Aimbase.OData ListLeads/GetLead/UpdateLead", ODataAsync),
        ("LeadExec Insert (Form, XML, JSON)", LeadExecInsertAsync),
        ("LeadExec CheckDuplicate, PingPost, queued insert", LeadExecMoreAsync),
        ("CrmApi CreateLead", CrmCreateAsync),
    ];

    private static async Task<string> AimbaseCreateAsync(IAimbaseLeadClient client, CancellationToken cancellationToken)
    {
        var lead = new AimbaseLeadBuilder("Website", "Request Brochure", "Referral Traffic", "FLXR", "O'Hall & <Sons>", "US", AimbaseCommunicationOptIn.NotOptedIn)
            .WithFirstName("Allen")
            .WithEmail("ahall@example.com")
            .WithCustom("BuyTimeFrame", "1-3 months")
            .Build();
        var result = await client.CreateLeadsAsync([lead], cancellationToken: cancellationToken).ConfigureAwait(false);
        var outcome = result.Leads.Single();
        Require(outcome.Succeeded, $"lead refused: {outcome.StatusMessage}");
        return $"lead {outcome.Id} {outcome.Status}";
    }

    private static async Task<string> ODataAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var client = services.GetRequiredService<IAimbaseODataClient>();
        var since = new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var query = new ODataQuery<Lead>()
            .Filter(l => l.LeadDate >= since && l.Prospect!.LastName != "O'Neil")
            .Expand(l => l.Prospect)
            .OrderBy(l => l.Id)
            .Top(5);
        var leads = new List<Lead>();
        await foreach (var lead in client.ListLeadsAsync(query, cancellationToken).ConfigureAwait(false))
        {
            leads.Add(lead);
        }

        Require(leads.Count == 5, $"expected 5 leads, got {leads.Count}");
        var id = leads[0].Id;
        await client.UpdateLeadAsync(id, new LeadPatch { LeadStatusCode = "Working" }, cancellationToken).ConfigureAwait(false);
        var updated = await client.GetLeadAsync(id, cancellationToken: cancellationToken).ConfigureAwait(false);
        Require(updated.LeadStatusCode == "Working", "the update was not applied");
        return $"{leads.Count} leads listed, lead {id} updated";
    }

    private static async Task<string> LeadExecInsertAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var client = services.GetRequiredService<ILeadExecClient>();
        var run = Guid.NewGuid().ToString("N")[..8];
        var ids = new List<string>();
        foreach (var encoding in new[] { LeadExecEncoding.Form, LeadExecEncoding.Xml, LeadExecEncoding.Json })
        {
            var result = await client.CreateLeadAsync(new LeadExecCreateLeadRequest { Lead = Lead($"{encoding}-{run}"), Encoding = encoding }, cancellationToken).ConfigureAwait(false);
            Require(result.IsValidPost, $"{encoding} insert refused: {result.ResponseDetails}");
            ids.Add($"{encoding}:{result.LeadId}");
        }

        return string.Join(", ", ids);
    }

    private static async Task<string> LeadExecMoreAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var client = services.GetRequiredService<ILeadExecClient>();
        var run = Guid.NewGuid().ToString("N")[..8];
        var inserted = await client.CreateLeadAsync(new LeadExecCreateLeadRequest { Lead = Lead($"dup-{run}") }, cancellationToken).ConfigureAwait(false);
        Require(inserted.IsValidPost, $"insert refused: {inserted.ResponseDetails}");

        var check = new LeadExecCheckDuplicateLeadRequest();
        check.Fields.Add("Email", $"dup-{run}@example.com");
        var duplicate = await client.CheckDuplicateLeadAsync(check, cancellationToken).ConfigureAwait(false);
        Require(duplicate.IsDuplicate, "the duplicate check missed the lead just inserted");

        var ping = new LeadExecLead();
        ping.Fields.Set("ZipCode", "89101").Set("LoanAmount", 250000);
        var pingPost = await client.PingAndPostLeadAsync(
            new LeadExecPingAndPostLeadRequest { PingLead = ping, Lead = Lead($"pingpost-{run}"), MinimumPrice = 20m }, cancellationToken).ConfigureAwait(false);
        Require(pingPost.Outcome == LeadExecPingAndPostOutcome.Posted, $"ping/post outcome {pingPost.Outcome}");

        var queued = await client.QueueLeadAsync(new LeadExecCreateLeadRequest { Lead = Lead($"queued-{run}") }, cancellationToken).ConfigureAwait(false);
        var status = await client.WaitForQueueResultAsync(
            queued.PostId!,
            new LeadExecPollingOptions { InitialDelay = TimeSpan.FromMilliseconds(200), Timeout = TimeSpan.FromSeconds(30) },
            cancellationToken).ConfigureAwait(false);
        Require(status.IsValid, $"queued lead refused: {status.RejectionReason}");
        return $"duplicate found, ping/post {pingPost.Outcome}, queued post {queued.PostId} valid";
    }

    private static async Task<string> CrmCreateAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var request = new CreateLeadRequestBuilder(
                LeadImportance.Importance3,
                LeadPriority.Priority2,
                EntityIdentifier.ByName("Residential Sales"),
                ContactInformationIdentifier.ByIdNumber("K-482913"),
                LeadSource.Named(LeadSourceType.Website, "spring-offers.example.com"))
            .WithContact("maria.georgiou@example.com", "+35799123456")
            .WithDescription("Asked for a \"fibre\" quote.")
            .AddProduct(ProductIdentifier.ByCode("FIBER-200"))
            .WithUdfDate(1, new DateTimeOffset(2026, 4, 1, 0, 0, 0, TimeSpan.Zero))
            .Build();
        var lead = await services.GetRequiredService<ICrmApiClient>().CreateLeadAsync(request, cancellationToken).ConfigureAwait(false);
        Require(!string.IsNullOrEmpty(lead.Id), "no lead id came back");
        return $"lead {lead.Number} (id {lead.Id}), state {lead.LifeCycleState}";
    }

    private static LeadExecLead Lead(string tag)
    {
        var lead = new LeadExecLead();
        lead.Fields.Add("FirstName", "John");
        lead.Fields.Add("LastName", "Doe & <Sons>");
        lead.Fields.Add("Email", $"{tag.ToLowerInvariant()}@example.com");
        lead.Fields.Set("DateOfBirth", new DateOnly(1980, 5, 17)).Set("Homeowner", true);
        return lead;
    }

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new InvalidOperationException(message);
        }
    }
}
