using Leads.Sdk.Aimbase;
using Leads.Sdk.Aimbase.Models;
using Leads.Sdk.Aimbase.OData;
using Leads.Sdk.Aimbase.OData.Models;
using Leads.Sdk.Aimbase.OData.Query;
using Leads.Sdk.CrmApi;
using Leads.Sdk.CrmApi.Models;
using Leads.Sdk.LeadExec;
using Leads.Sdk.LeadExec.Models;
using Leads.Sdk.Emulator;
using Microsoft.Extensions.DependencyInjection;

namespace Leads.Sdk.IntegrationTests.Reliability;

/// <summary>Every call the reliability tests exercise, one per client operation and wire format.</summary>
public static class ReliabilityOperations
{
    public static readonly ReliabilityOperation AimbaseCreateJson = AimbaseCreate(AimbaseWireFormat.Json, ResponseBodyFormat.Json);

    public static readonly ReliabilityOperation AimbaseCreateXml = AimbaseCreate(AimbaseWireFormat.Xml, ResponseBodyFormat.Xml);

    public static readonly ReliabilityOperation ODataGet = new(
        "AimbaseOData.GetLead",
        HttpMethod.Get,
        "/odata/V2/Leads",
        ResponseBodyFormat.Json,
        RegisterOData,
        async (provider, cancellationToken) =>
        {
            var lead = await provider.GetRequiredService<IAimbaseODataClient>().GetLeadAsync(7, cancellationToken: cancellationToken);
            Assert.Equal(7, lead.Id);
        });

    public static readonly ReliabilityOperation ODataList = new(
        "AimbaseOData.ListLeads",
        HttpMethod.Get,
        "/odata/V2/Leads",
        ResponseBodyFormat.Json,
        RegisterOData,
        async (provider, cancellationToken) =>
        {
            var ids = new List<int>();
            await foreach (var lead in provider.GetRequiredService<IAimbaseODataClient>().ListLeadsAsync(new ODataQuery<AimbaseODataLead>().Top(3), cancellationToken))
            {
                ids.Add(lead.Id);
            }

            Assert.Equal([1, 2, 3], ids);
        });

    public static readonly ReliabilityOperation ODataPatch = new(
        "AimbaseOData.UpdateLead",
        HttpMethod.Patch,
        "/odata/V2/Leads",
        ResponseBodyFormat.None,
        RegisterOData,
        (provider, cancellationToken) => provider.GetRequiredService<IAimbaseODataClient>()
            .UpdateLeadAsync(7, new AimbaseODataLeadPatch { Event = "Boat Show" }, cancellationToken));

    public static readonly ReliabilityOperation LeadExecInsertJson = LeadExecInsert(LeadExecResponseFormat.Json, ResponseBodyFormat.Json);

    public static readonly ReliabilityOperation LeadExecInsertXml = LeadExecInsert(LeadExecResponseFormat.Xml, ResponseBodyFormat.Xml);

    public static readonly ReliabilityOperation CrmCreate = new(
        "CrmApi.CreateLead",
        HttpMethod.Post,
        "/crmapi/rest/v2/leads/create",
        ResponseBodyFormat.Json,
        (services, emulator, address, tune) => services.AddCrmApiClient(o =>
        {
            o.BaseAddress = address;
            o.AllowInsecureHttp = true;
            o.Username = emulator.Options.CrmApi.Username;
            o.Password = emulator.Options.CrmApi.Password;
            o.Organisation = emulator.Options.CrmApi.Organisation;
            tune(o);
        }),
        async (provider, cancellationToken) =>
        {
            var lead = await provider.GetRequiredService<ICrmApiClient>().CreateLeadAsync(CrmLead(), cancellationToken);
            Assert.NotNull(lead.Id);
        });

    public static IReadOnlyList<ReliabilityOperation> All { get; } =
        [AimbaseCreateJson, AimbaseCreateXml, ODataGet, ODataList, ODataPatch, LeadExecInsertJson, LeadExecInsertXml, CrmCreate];

    public static AimbaseLead AimbaseLead(string lastName = "Hall")
        => new AimbaseLeadBuilder
            {
                LeadSourceName = "Website",
                LeadTypeName = "Request Brochure",
                LeadCategoryName = "Referral Traffic",
                LastName = lastName,
                CountryCode = "US",
            }
            .WithBrands("FLXR")
            .WithCommunicationOptIn(AimbaseCommunicationOptIn.NotOptedIn)
            .Build();

    public static LeadExecLead LeadExecLead(string email)
    {
        var lead = new LeadExecLead();
        lead.Fields.Add("FirstName", "John");
        lead.Fields.Add("LastName", "Hall");
        lead.Fields.Add("Email", email);
        return lead;
    }

    public static CrmCreateLeadRequest CrmLead() => new CrmCreateLeadRequestBuilder(
            CrmLeadImportance.Importance2,
            CrmLeadPriority.Priority2,
            CrmEntityIdentifier.ByName("Sales"),
            CrmContactInformationIdentifier.ById("C1"),
            CrmLeadSource.Named(CrmLeadSourceType.Other, "Walk-in"))
        .Build();

    public static IHttpClientBuilder RegisterAimbase(IServiceCollection services, LeadsEmulator emulator, Uri address, Action<AimbaseClientOptions> configure)
        => services.AddAimbaseClient(o =>
        {
            o.BaseAddress = address;
            o.AllowInsecureHttp = true;
            o.Username = emulator.Options.Aimbase.Username;
            o.ApiToken = emulator.Options.Aimbase.ApiToken;
            o.DefaultManufacturerCode = emulator.Options.Aimbase.ManufacturerCode;
            configure(o);
        });

    public static IHttpClientBuilder RegisterLeadExec(IServiceCollection services, LeadsEmulator emulator, Uri address, Action<LeadExecClientOptions> configure)
        => services.AddLeadExecClient(o =>
        {
            o.BaseAddress = address;
            o.AllowInsecureHttp = true;
            o.VendorId = emulator.Options.LeadExec.VendorId;
            o.LeadTypeId = emulator.Options.LeadExec.LeadTypeId;
            o.AffiliateId = emulator.Options.LeadExec.AffiliateId;
            o.Password = emulator.Options.LeadExec.Password;
            configure(o);
        });

    private static IHttpClientBuilder RegisterOData(IServiceCollection services, LeadsEmulator emulator, Uri address, Action<LeadsClientOptions> tune)
        => services.AddAimbaseODataClient(o =>
        {
            o.BaseAddress = address;
            o.AllowInsecureHttp = true;
            o.Username = emulator.Options.AimbaseOData.Username;
            o.ApiToken = emulator.Options.AimbaseOData.ApiToken;
            tune(o);
        });

    private static ReliabilityOperation AimbaseCreate(AimbaseWireFormat format, ResponseBodyFormat body) => new(
        $"Aimbase.CreateLeads({format})",
        HttpMethod.Post,
        "/marketing/api/lead",
        body,
        (services, emulator, address, tune) => RegisterAimbase(services, emulator, address, o =>
        {
            o.Format = format;
            tune(o);
        }),
        async (provider, cancellationToken) =>
        {
            var result = await provider.GetRequiredService<IAimbaseClient>().CreateLeadsAsync([AimbaseLead()], cancellationToken: cancellationToken);
            Assert.True(Assert.Single(result.Leads).IsSuccess);
        });

    private static ReliabilityOperation LeadExecInsert(LeadExecResponseFormat format, ResponseBodyFormat body) => new(
        $"LeadExec.Insert({format})",
        HttpMethod.Post,
        "/processor/insert/",
        body,
        (services, emulator, address, tune) => RegisterLeadExec(services, emulator, address, o =>
        {
            o.ResponseFormat = format;
            tune(o);
        }),
        async (provider, cancellationToken) =>
        {
            var result = await provider.GetRequiredService<ILeadExecClient>()
                .CreateLeadAsync(new LeadExecCreateLeadRequest { Lead = LeadExecLead($"{Guid.NewGuid():N}@example.com") }, cancellationToken);
            Assert.True(result.IsValidPost, result.ResponseDetails);
        });
}
