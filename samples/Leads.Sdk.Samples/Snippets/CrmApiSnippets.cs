// The C# blocks of src/Leads.Sdk.CrmApi/README.md, compiled as written (the README snippet test checks they match).
// Each method holds one block; its parameters stand for what the README's surrounding text provides.
using System.Text.Json.Nodes;
using Leads.Sdk.CrmApi;
using Leads.Sdk.CrmApi.Models;
using Leads.Sdk.Emulator;
using Leads.Sdk.Emulator.CrmApi;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Leads.Sdk.Samples.Snippets.CrmApiReadme;

internal static class CrmApiSnippets
{
    public static void RegisterAndUse(HostApplicationBuilder builder)
    {
        builder.Services.AddCrmApiClient(builder.Configuration.GetSection("Leads:CrmApi"));
        builder.Services.AddTransient<LeadForwarder>();
    }

    public static CrmApiClient WithoutDependencyInjection(string password)
    {
        var crm = new CrmApiClient(new CrmApiClientOptions
        {
            BaseAddress = new Uri("https://yourcompany.crm.com/"),
            Username = "api-user",
            Password = password,
            Organisation = "ACME",
        });
        return crm;
    }

    public static async Task RawResponsesAsync(ICrmApiClient crm, CrmCreateLeadRequest request, CancellationToken ct)
    {
        var lead = await crm.CreateLeadAsync(request, ct);
        Console.WriteLine($"{lead.Number}: HTTP {(int)lead.RawResponse!.StatusCode}, request id {lead.RawResponse.RequestId}");
    }

    public static async Task<CrmCreateLeadResult> FieldUnderYourServersNameAsync(ICrmApiClient crm, string contactId, CancellationToken ct)
    {
        var request = new CrmCreateLeadRequest
        {
            Importance = CrmLeadImportance.Importance3,
            Priority = CrmLeadPriority.Priority2,
            Type = CrmEntityIdentifier.ByName("Residential Sales"),
            Source = CrmLeadSource.Website("offers.example.com"),
        };
        request.AdditionalFields["contact_information"] = new JsonObject { ["id"] = contactId };

        var lead = await crm.CreateLeadAsync(request, ct);
        return lead;
    }

    public static void FieldsTheModelDoesNotKnow(CrmCreateLeadResult lead)
    {
        if (lead.AdditionalFields.TryGetValue("log_information", out var log))
        {
            Console.WriteLine(log.GetProperty("created_date").GetString());
        }
    }

    public static async Task TestingAsync(CrmCreateLeadRequest request, CancellationToken ct)
    {
        await using var emulator = await LeadsEmulator.StartAsync(cancellationToken: ct);
        var crm = new CrmApiClient(new CrmApiClientOptions
        {
            BaseAddress = emulator.BaseAddress,
            AllowInsecureHttp = true,
            Username = emulator.Options.CrmApi.Username,
            Password = emulator.Options.CrmApi.Password,
            Organisation = emulator.Options.CrmApi.Organisation,
        });
        var lead = await crm.CreateLeadAsync(request, ct);

        emulator.CrmApi().ExpireAllTokens(); // the next call logs in again by itself
        Console.WriteLine(lead.Id);
    }
}

public sealed class LeadForwarder(ICrmApiClient crm)
{
    public async Task<string?> ForwardAsync(string contactId, CancellationToken ct)
    {
        var request = new CrmCreateLeadRequestBuilder(
                CrmLeadImportance.Importance3,
                CrmLeadPriority.Priority2,
                CrmEntityIdentifier.ByName("Residential Sales"),
                CrmContactInformationIdentifier.ById(contactId),
                CrmLeadSource.Website("offers.example.com"))
            .WithContactEmail("maria@example.com")
            .WithContactPhone("+35799123456")
            .AddProduct(CrmProductIdentifier.ByCode("FIBER-200"))
            .WithUdfString(1, "spring-campaign")
            .WithEstimatedCompletionTime(2, CrmTimePeriodUnit.Weeks)
            .Build();

        var lead = await crm.CreateLeadAsync(request, ct);
        return lead.Number;
    }
}
