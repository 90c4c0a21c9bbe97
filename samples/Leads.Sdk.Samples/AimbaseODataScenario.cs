using Leads.Sdk.Aimbase.OData;
using Leads.Sdk.Aimbase.OData.Models;
using Leads.Sdk.Aimbase.OData.Query;
using Leads.Sdk.Emulator;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Leads.Sdk.Samples;

/// <summary>The Aimbase Lead OData V2 sample: count, query and page leads, then update one and read it back.</summary>
internal sealed class AimbaseODataScenario : IScenario
{
    public string Section => "AimbaseOData";

    public string Title => "Aimbase Lead OData V2";

    public void Register(IServiceCollection services, IConfigurationSection section, LeadsEmulator? emulator)
    {
        if (emulator is null)
        {
            services.AddAimbaseODataClient(section);
            return;
        }

        services.AddAimbaseODataClient(options =>
        {
            options.BaseAddress = emulator.BaseAddress;
            options.AllowInsecureHttp = true;
            options.Username = emulator.Options.AimbaseOData.Username;
            options.ApiToken = emulator.Options.AimbaseOData.ApiToken;
        });
    }

    public async Task RunAsync(IServiceProvider services, ScenarioReport report, CancellationToken cancellationToken)
    {
        var client = services.GetRequiredService<IAimbaseODataClient>();

        // How many leads there are, without reading any ($top=0&$count=true).
        report.Step("Count the leads");
        var all = await client.CountLeadsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        report.Sent("GET odata/V2/Leads?$top=0&$count=true");
        report.Received($"{(int)all.RawResponse!.StatusCode}: {all.Count} lead(s)");

        // Leads since a date for a last name with an apostrophe, with the prospect and its company.
        var since = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.FromHours(-5));
        var lastName = "O'Neil";
        var query = new ODataQuery<AimbaseODataLead>()
            .Filter(l => l.LeadDate >= since && l.Prospect!.LastName == lastName)
            .Expand(l => l.Prospect, prospect => prospect.Expand(p => p.Company))
            .OrderBy(l => l.LeadDate)
            .WithCount();
        report.Step($"Leads since {since:yyyy-MM-dd} for {lastName}, expanded with Prospect and Company");
        report.Sent($"GET odata/V2/Leads?{query.ToQueryString()}");

        // Small pages (Prefer: odata.maxpagesize=50) so the paging is visible; the server's default page is 1,000.
        var pages = 0;
        var leads = new List<AimbaseODataLead>();
        await foreach (var page in client.ListLeadsAsync(query, cancellationToken).AsPages(pageSizeHint: 50).WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            pages++;
            leads.AddRange(page.Values);
            report.Received($"page {pages}: {page.Values.Count} lead(s){(page.Count is { } total ? $" of {total} (@odata.count)" : string.Empty)}{(page.ContinuationLink is null ? ", last page" : ", next link follows")}");
        }

        foreach (var lead in leads.Take(3))
        {
            report.Note($"#{lead.Id} {lead.LeadDate:yyyy-MM-dd HH:mm zzz} {lead.Prospect?.FirstName} {lead.Prospect?.LastName} company={lead.Prospect?.Company?.Name ?? "(none)"} status={lead.LeadStatusCode}");
        }

        if (leads.Count == 0)
        {
            report.Note("No leads matched; nothing to update.");
            return;
        }

        // Update one lead's status code and read it back.
        var id = leads[0].Id;
        var patch = new AimbaseODataLeadPatch { LeadStatusCode = "Working" };
        report.Step($"Update lead {id}");
        report.Sent($"PATCH odata/V2/Leads({id}) {{ \"LeadStatusCode\": \"Working\" }}");
        LeadsResponse response;
        try
        {
            response = await client.UpdateLeadAsync(id, patch, cancellationToken).ConfigureAwait(false);
        }
        catch (LeadsApiException exception) when (exception.StatusCode == System.Net.HttpStatusCode.BadRequest)
        {
            // The doc lists no status codes, so an instance may not know "Working": its refusal is a valid answer.
            report.Received($"400: {exception.ErrorMessage ?? exception.Message}");
            return;
        }

        report.Received($"{(int)response.StatusCode} {response.ReasonPhrase}");

        var updated = await client.GetLeadAsync(id, cancellationToken: cancellationToken).ConfigureAwait(false);
        report.Sent($"GET odata/V2/Leads({id})");
        report.Received($"LeadStatusCode = {updated.LeadStatusCode}, UpdateDate = {updated.UpdateDate:O}");
        foreach (var (name, value) in updated.AdditionalFields)
        {
            // Fields the SDK's model does not know (an instance may have more than the doc lists), kept as raw JSON.
            report.Note($"not in the model: {name} = {value.GetRawText()}");
        }

        if (updated.LeadStatusCode != "Working")
        {
            throw new InvalidOperationException("The update was not applied.");
        }
    }
}
