// The C# blocks of src/Leads.Sdk.Aimbase/README.md, compiled as written (ReadmeSnippetTests checks they match).
using Leads.Sdk.Aimbase;
using Leads.Sdk.Aimbase.Models;
using Leads.Sdk.DependencyInjection;
using Leads.Sdk.Emulator;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Leads.Sdk.Samples.Snippets;

internal static class AimbaseSnippets
{
    public static void RegisterTheClient(IServiceCollection services, IConfiguration configuration)
    {
        services.AddAimbaseClient(options =>
        {
            options.BaseAddress = new Uri("https://your-instance.example/");
            options.Username = "api-user";
            options.ApiToken = configuration["Aimbase:ApiToken"];   // a secret: keep it out of source control
            options.DefaultManufacturerCode = "ACME";
        });
    }

    public static async Task SendLeadsAsync(IAimbaseClient client, CancellationToken ct)
    {
        // The required fields are set by name, and the compiler insists on each of them.
        var lead = new AimbaseLeadBuilder
            {
                LeadSourceName = "Website",
                LeadTypeName = "Request Brochure",
                LeadCategoryName = "Referral Traffic",
                LastName = "Hall",
                CountryCode = "US",
            }
            .WithBrands("FLXR")
            .WithCommunicationOptIn(AimbaseCommunicationOptIn.OptedIn("203.0.113.7", DateOnly.FromDateTime(DateTime.Today), "Brochure form"))
            .WithFirstName("Allen")
            .WithEmail("ahall@example.com")
            .WithDealer(new AimbaseDealer { DealerNumber = "100", DealerLocation = "1" })
            .WithProduct(new AimbaseProduct { ProductCode = "100", BrandCode = "FLXR", ProductModelYear = 2014 })
            .WithCustom("BuyTimeFrame", "1-3 months")
            .Build();

        var result = await client.CreateLeadsAsync([lead], cancellationToken: ct);
        foreach (var outcome in result.Leads)
        {
            Console.WriteLine($"{outcome.LeadApiIdentifier}: {outcome.Status} {outcome.StatusMessage} (Id {outcome.Id})");
            foreach (var message in outcome.Messages)
            {
                Console.WriteLine($"  {message.Field}: {message.Message}");
            }
        }
    }

    public static async Task ReadTheHttpResponseAsync(IAimbaseClient client, AimbaseLead lead, CancellationToken ct)
    {
        var result = await client.CreateLeadsAsync([lead], cancellationToken: ct);
        Console.WriteLine($"HTTP {(int)result.RawResponse!.StatusCode}, request id {result.RawResponse.RequestId ?? "(none)"}");
    }

    public static async Task SendAndReadFieldsTheModelLacksAsync(IAimbaseClient client, AimbaseLead lead, CancellationToken ct)
    {
        lead.AdditionalFields["PreferredContactTime"] = "evening";   // sent after the model's fields, in JSON or XML
        var result = await client.CreateLeadsAsync([lead], cancellationToken: ct);
        if (result.Leads[0].AdditionalFields.TryGetValue("ProspectId", out var prospectId))
        {
            Console.WriteLine($"Prospect {prospectId}");
        }
    }

    public static IAimbaseClient BindFromConfiguration(IServiceCollection services, IConfiguration configuration, IServiceProvider provider)
    {
        services.AddAimbaseClient(configuration.GetSection("Leads:Aimbase"));

        // Several accounts or formats: register each under a name, then create it by name.
        services.AddAimbaseClient("xml", configuration.GetSection("Leads:AimbaseXml"));
        var xmlClient = provider.GetRequiredService<ILeadsClientFactory<IAimbaseClient>>().CreateClient("xml");
        return xmlClient;
    }

    public static IAimbaseClient WithoutDependencyInjection(string apiToken)
    {
        var client = new AimbaseClient(new AimbaseClientOptions
        {
            BaseAddress = new Uri("https://your-instance.example/"),
            Username = "api-user",
            ApiToken = apiToken,
            DefaultManufacturerCode = "ACME",
        });
        return client;
    }

    public static async Task TestAgainstTheEmulatorAsync(IServiceCollection services)
    {
        await using var emulator = await LeadsEmulator.StartAsync();
        services.AddAimbaseClient(o =>
        {
            o.BaseAddress = emulator.BaseAddress;
            o.AllowInsecureHttp = true;
            o.Username = emulator.Options.Aimbase.Username;
            o.ApiToken = emulator.Options.Aimbase.ApiToken;
            o.DefaultManufacturerCode = emulator.Options.Aimbase.ManufacturerCode;
        });
    }
}
