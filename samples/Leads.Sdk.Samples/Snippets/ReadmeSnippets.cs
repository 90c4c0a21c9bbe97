// The C# blocks of the repository's README.md that use the packages' APIs, compiled as written (ReadmeSnippetTests
// checks they match). The emulator block is in EmulatorSnippets.cs.
using Leads.Sdk.Aimbase;
using Leads.Sdk.Aimbase.Models;
using Leads.Sdk.Aimbase.OData;
using Leads.Sdk.Aimbase.OData.Models;
using Leads.Sdk.Aimbase.OData.Query;
using Leads.Sdk.CrmApi;
using Leads.Sdk.CrmApi.Models;
using Leads.Sdk.DependencyInjection;
using Leads.Sdk.LeadExec;
using Leads.Sdk.LeadExec.Models;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Leads.Sdk.Samples.Snippets.Readme;

internal static class ReadmeSnippets
{
    public static async Task AimbaseQuickStartAsync(IServiceCollection services, HostApplicationBuilder builder, IAimbaseClient aimbase, CancellationToken ct)
    {
        services.AddAimbaseClient(builder.Configuration.GetSection("Leads:Aimbase")); // BaseAddress, Username, ApiToken

        var lead = new AimbaseLeadBuilder
            {
                LeadSourceName = "Website",
                LeadTypeName = "Request Brochure",
                LeadCategoryName = "Referral Traffic",
                LastName = "Hall",
                CountryCode = "US",
            }
            .WithBrands("FLXR")
            .WithEmail("ahall@example.com")
            .Build();
        var result = await aimbase.CreateLeadsAsync([lead], cancellationToken: ct);   // one result per lead
        Console.WriteLine($"{result.Succeeded.Count} accepted, {result.Failed.Count} failed");
    }

    public static async Task AimbaseODataQuickStartAsync(IServiceCollection services, HostApplicationBuilder builder, IAimbaseODataClient odata, DateTimeOffset since, CancellationToken ct)
    {
        services.AddAimbaseODataClient(builder.Configuration.GetSection("Leads:AimbaseOData")); // BaseAddress, Username, ApiToken

        var query = new ODataQuery<AimbaseODataLead>()
            .Filter(l => l.LeadDate >= since && l.Prospect!.LastName == "O'Neil")   // translated, values escaped
            .Expand(l => l.Prospect, p => p.Expand(x => x.Company))
            .WithCount();
        await foreach (var lead in odata.ListLeadsAsync(query, ct))                  // follows @odata.nextLink page by page
            Console.WriteLine($"{lead.Id} {lead.Prospect?.LastName}");

        var total = await odata.CountLeadsAsync(cancellationToken: ct);                 // the count alone
        await odata.UpdateLeadAsync(114, new AimbaseODataLeadPatch { LeadStatusCode = "Working" }, ct); // sends only the fields you set
        Console.WriteLine(total.Count);
    }

    public static async Task LeadExecQuickStartAsync(IServiceCollection services, HostApplicationBuilder builder, ILeadExecClient leadExec, CancellationToken cancellationToken)
    {
        services.AddLeadExecClient(builder.Configuration.GetSection("Leads:LeadExec")); // VendorId, LeadTypeId, AffiliateId, Password

        var lead = new LeadExecLead { Reference = "campaign-42" };
        lead.Fields.Add("FirstName", "John");
        lead.Fields.Add("Email", "john@example.com");
        var result = await leadExec.CreateLeadAsync(new LeadExecCreateLeadRequest { Lead = lead }, cancellationToken);
        if (!result.IsValidPost) Console.WriteLine($"{result.ResponseType}: {result.ResponseDetails}");
    }

    public static async Task CrmApiQuickStartAsync(IServiceCollection services, IConfiguration configuration, ICrmApiClient crm, string contactId, CancellationToken ct)
    {
        services.AddCrmApiClient(configuration.GetSection("Leads:CrmApi")); // BaseAddress, Username, Password, Organisation

        var lead = await crm.CreateLeadAsync(new CrmCreateLeadRequestBuilder(
                CrmLeadImportance.Importance3, CrmLeadPriority.Priority2, CrmEntityIdentifier.ByName("Sales"),
                CrmContactInformationIdentifier.ById(contactId), CrmLeadSource.Named(CrmLeadSourceType.Website, "example.com"))
            .AddProduct(CrmProductIdentifier.ByCode("FIBER-200"))
            .Build(), ct);
        Console.WriteLine(lead.RawResponse?.StatusCode);
    }

    public static void DependencyInjection(HostApplicationBuilder builder)
    {
        builder.Services.AddTransient<MyCorrelationHandler>();
        builder.Services.AddAimbaseClient(builder.Configuration.GetSection("Leads:Aimbase"))
            .AddHttpMessageHandler<MyCorrelationHandler>();
    }

    public static IAimbaseClient NamedClients(IServiceCollection services, IServiceProvider provider)
    {
        services.AddAimbaseClient("dealer-east", o => { /* ... */ });
        services.AddAimbaseClient("dealer-west", o => { /* ... */ });
        var west = provider.GetRequiredService<ILeadsClientFactory<IAimbaseClient>>().CreateClient("dealer-west");
        return west;
    }

    public static AimbaseClient WithoutAContainer(string apiToken)
    {
        var aimbase = new AimbaseClient(new AimbaseClientOptions
        {
            BaseAddress = new Uri("https://yourbrand.aimbase.com/"),
            Username = "api-user",
            ApiToken = apiToken,
        });
        return aimbase;
    }
}

public sealed class LeadForwarder(IAimbaseClient aimbase)
{
    public IAimbaseClient Aimbase { get; } = aimbase;
}

/// <summary>A handler of the application's own, added to a client's pipeline in the README.</summary>
public sealed class MyCorrelationHandler : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.TryAddWithoutValidation("X-Correlation-Id", Guid.NewGuid().ToString("N"));
        return base.SendAsync(request, cancellationToken);
    }
}
