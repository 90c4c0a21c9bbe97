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
        ("Aimbase CreateLeads (XML)", (s, ct) => AimbaseCreateAsync(s.GetRequiredService<IAimbaseClient>(), ct)),
        ("Aimbase CreateLeads (JSON)", (s, ct) => AimbaseCreateAsync(s.GetRequiredService<ILeadsClientFactory<IAimbaseClient>>().CreateClient(AimbaseJsonClientName), ct)),
        ("Aimbase.OData ListLeads/GetLead/UpdateLead/CountLeads", ODataAsync),
        ("LeadExec Insert (Form, XML, JSON)", LeadExecInsertAsync),
        ("LeadExec CheckDuplicate, PingPost, queued insert", LeadExecMoreAsync),
        ("CrmApi CreateLead", CrmCreateAsync),
    ];

    private static async Task<string> AimbaseCreateAsync(IAimbaseClient client, CancellationToken cancellationToken)
    {
        var lead = new AimbaseLeadBuilder
            {
                LeadSourceName = "Website",
                LeadTypeName = "Request Brochure",
                LeadCategoryName = "Referral Traffic",
                LastName = "O'Hall & <Sons>",
                CountryCode = "US",
            }
            .WithBrands("FLXR")
            .WithCommunicationOptIn(AimbaseCommunicationOptIn.NotOptedIn)
            .WithFirstName("Allen")
            .WithEmail("ahall@example.com")
            .WithCustom("BuyTimeFrame", "1-3 months")
            .Build();
        var result = await client.CreateLeadsAsync([lead], cancellationToken: cancellationToken).ConfigureAwait(false);
        var outcome = result.Leads.Single();
        Require(outcome.IsSuccess, $"lead refused: {outcome.StatusMessage}");
        return $"lead {outcome.Id} {outcome.Status}";
    }

    private static async Task<string> ODataAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var client = services.GetRequiredService<IAimbaseODataClient>();
        var since = new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var query = new ODataQuery<AimbaseODataLead>()
            .Filter(l => l.LeadDate >= since && l.Prospect!.LastName != "O'Neil")
            .Expand(l => l.Prospect)
            .OrderBy(l => l.Id)
            .Top(5);
        var leads = new List<AimbaseODataLead>();
        await foreach (var lead in client.ListLeadsAsync(query, cancellationToken).ConfigureAwait(false))
        {
            leads.Add(lead);
        }

        Require(leads.Count == 5, $"expected 5 leads, got {leads.Count}");
        var id = leads[0].Id;
        var patch = new AimbaseODataLeadPatch { LeadStatusCode = "Working" };
        patch.AdditionalFields["SalespersonName"] = "AOT";
        var response = await client.UpdateLeadAsync(id, patch, cancellationToken).ConfigureAwait(false);
        Require((int)response.StatusCode == 204, $"expected 204, got {(int)response.StatusCode}");
        var updated = await client.GetLeadAsync(id, cancellationToken: cancellationToken).ConfigureAwait(false);
        Require(updated.LeadStatusCode == "Working", "the update was not applied");
        Require(updated.AdditionalFields.TryGetValue("SalespersonName", out var salesperson) && salesperson.GetString() == "AOT", "the field outside the model was not read back");
        var count = await client.CountLeadsAsync(ODataFilter.FromExpression<AimbaseODataLead>(l => l.Id <= 5), cancellationToken).ConfigureAwait(false);
        Require(count.Count == 5, $"expected a count of 5, got {count.Count}");
        return $"{leads.Count} leads listed, lead {id} updated, {count.Count} counted";
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
        var request = new CrmCreateLeadRequestBuilder(
                CrmLeadImportance.Importance3,
                CrmLeadPriority.Priority2,
                CrmEntityIdentifier.ByName("Residential Sales"),
                CrmContactInformationIdentifier.ByIdNumber("K-482913"),
                CrmLeadSource.Website("spring-offers.example.com"))
            .WithContactEmail("maria.georgiou@example.com").WithContactPhone("+35799123456")
            .WithDescription("Asked for a \"fibre\" quote.")
            .AddProduct(CrmProductIdentifier.ByCode("FIBER-200"))
            .WithUdfDate(1, new DateTimeOffset(2026, 4, 1, 0, 0, 0, TimeSpan.Zero))
            .Build();
        var lead = await services.GetRequiredService<ICrmApiClient>().CreateLeadAsync(request, cancellationToken).ConfigureAwait(false);
        Require(!string.IsNullOrEmpty(lead.Id), "no lead id came back");
        Require(lead.RawResponse?.StatusCode == System.Net.HttpStatusCode.OK, "no raw response");
        Require(lead.AdditionalFields.ContainsKey("log_information"), "the unknown log_information field was not kept");
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
