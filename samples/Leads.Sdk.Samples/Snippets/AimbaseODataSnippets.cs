using Leads.Sdk;
using Leads.Sdk.Aimbase.OData;
using Leads.Sdk.Aimbase.OData.Models;
using Leads.Sdk.Aimbase.OData.Query;
using Leads.Sdk.DependencyInjection;
using Leads.Sdk.Emulator;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Leads.Sdk.Samples.Snippets;

// The C# blocks of src/Leads.Sdk.Aimbase.OData/README.md (and the OData quick start of the repository README),
// verbatim, so each compiles as written: the `using` block above is the README's first block; each other block sits at
// column 0 inside a method whose parameters are the names the README assumes. Nothing here runs.
internal static class AimbaseODataSnippets
{
    // README: Register
    internal static void Register(IServiceCollection services, IConfiguration configuration)
    {
services.AddAimbaseODataClient(options =>
{
    options.BaseAddress = new Uri("https://yourbrand.aimbase.com/");
    options.Username = "api-user";
    options.ApiToken = configuration["Aimbase:ApiToken"];   // a secret: keep it out of source control
});

// Or bound to a configuration section (keys below). Several accounts: register each under a name.
services.AddAimbaseODataClient(configuration.GetSection("Leads:AimbaseOData"));
services.AddAimbaseODataClient("west", configuration.GetSection("Leads:AimbaseODataWest"));
    }

    // README: Get, count, query
    internal static async Task GetCountQueryAsync(IAimbaseODataClient odata, CancellationToken cancellationToken)
    {
// GET /odata/V2/Leads(114)?$expand=Prospect($expand=Company)
var lead = await odata.GetLeadAsync(114, new ODataExpand<AimbaseODataLead>().Expand(l => l.Prospect, p => p.Expand(x => x.Company)), cancellationToken);
Console.WriteLine($"{lead.Id} {lead.Prospect?.LastName} {lead.Prospect?.Company?.Name}");

// GET /odata/V2/Leads?$filter=IsQualified eq true&$top=0&$count=true: the count alone, no leads read
var qualified = await odata.CountLeadsAsync(ODataFilter.FromExpression<AimbaseODataLead>(l => l.IsQualified == true), cancellationToken);
Console.WriteLine($"{qualified.Count} qualified leads");

// GET /odata/V2/Leads?$filter=LeadDate ge 2024-01-01T00:00:00-05:00 and Prospect/LastName eq 'O''Neil'&...
var since = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.FromHours(-5));
var query = new ODataQuery<AimbaseODataLead>()
    .Filter(l => l.LeadDate >= since && l.Prospect!.LastName == "O'Neil")
    .Expand(l => l.Prospect, p => p.Expand(x => x.Company))
    .Expand(l => l.Product, p => p.Expand(x => x.Brand).Expand(x => x.ProductCategory))
    .OrderByDescending(l => l.LeadDate)
    .WithCount();

await foreach (var item in odata.ListLeadsAsync(query, cancellationToken))
{
    Console.WriteLine($"{item.Id} {item.Prospect?.LastName}");
}
    }

    // README: Paging
    internal static async Task PagingAsync(IAimbaseODataClient odata, ODataQuery<AimbaseODataLead> query, CancellationToken cancellationToken)
    {
await foreach (var page in odata.ListLeadsAsync(query, cancellationToken).AsPages(pageSizeHint: 100))
{
    Console.WriteLine($"{page.Values.Count} of {page.Count} leads, HTTP {(int)page.RawResponse!.StatusCode}");
}
    }

    // README: Updates
    internal static async Task UpdatesAsync(IAimbaseODataClient odata, CancellationToken cancellationToken)
    {
// PATCH /odata/V2/Leads(114) {"LeadStatusCode":"Working","Medium":null,"SalespersonName":"Pat"}
var patch = new AimbaseODataLeadPatch { LeadStatusCode = "Working", Medium = null };
patch.AdditionalFields["SalespersonName"] = "Pat";   // a field your instance has and the model does not
LeadsResponse response = await odata.UpdateLeadAsync(114, patch, cancellationToken);
Console.WriteLine($"{(int)response.StatusCode} {response.RequestId}");
    }

    // README: Raw responses and fields the models do not know
    internal static void AdditionalFields(AimbaseODataLead lead)
    {
if (lead.AdditionalFields.TryGetValue("SalespersonName", out var salesperson))
{
    Console.WriteLine($"Salesperson: {salesperson.GetString()}");
}
    }

    // README: Errors
    internal static async Task ErrorsAsync(IAimbaseODataClient odata, CancellationToken cancellationToken)
    {
try
{
    await odata.GetLeadAsync(999_999, cancellationToken: cancellationToken);
}
catch (LeadsNotFoundException exception)
{
    Console.WriteLine($"{(int?)exception.StatusCode} {exception.ErrorCode}: {exception.ErrorMessage}");
}
    }

    // README: Testing your code
    internal static async Task EmulatorAsync(IServiceCollection services, CancellationToken cancellationToken)
    {
await using var emulator = await LeadsEmulator.StartAsync(cancellationToken: cancellationToken);
services.AddAimbaseODataClient(o =>
{
    o.BaseAddress = emulator.BaseAddress;
    o.AllowInsecureHttp = true;
    o.Username = emulator.Options.AimbaseOData.Username;
    o.ApiToken = emulator.Options.AimbaseOData.ApiToken;
});
    }

    // Repository README: Aimbase OData quick start
    internal static async Task RepositoryQuickStartAsync(IServiceCollection services, IHostApplicationBuilder builder, IAimbaseODataClient odata, DateTimeOffset since, CancellationToken ct)
    {
services.AddAimbaseODataClient(builder.Configuration.GetSection("Leads:AimbaseOData")); // BaseAddress, Username, ApiToken

var query = new ODataQuery<AimbaseODataLead>()
    .Filter(l => l.LeadDate >= since && l.Prospect!.LastName == "O'Neil")   // translated, values escaped
    .Expand(l => l.Prospect, p => p.Expand(x => x.Company))
    .WithCount();
await foreach (var lead in odata.ListLeadsAsync(query, ct))                  // follows @odata.nextLink page by page
    Console.WriteLine($"{lead.Id} {lead.Prospect?.LastName}");

var count = await odata.CountLeadsAsync(ODataFilter.FromExpression<AimbaseODataLead>(l => l.IsActive == true), ct); // $top=0&$count=true

await odata.UpdateLeadAsync(114, new AimbaseODataLeadPatch { LeadStatusCode = "Working" }, ct); // sends only the fields you set
    }
}
