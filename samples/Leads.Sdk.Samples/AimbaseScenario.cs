using Leads.Sdk.Aimbase;
using Leads.Sdk.Aimbase.Models;
using Leads.Sdk.DependencyInjection;
using Leads.Sdk.Emulator;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Leads.Sdk.Samples;

/// <summary>The Aimbase Lead API sample: a batch of three leads, in JSON and then in XML.</summary>
internal sealed class AimbaseScenario : IScenario
{
    private const string XmlClientName = "AimbaseXml";

    public string Section => "Aimbase";

    public string Title => "Aimbase Lead API";

    public void Register(IServiceCollection services, IConfigurationSection section, LeadsEmulator? emulator)
    {
        if (emulator is null)
        {
            services.AddAimbaseClient(section);
            services.AddAimbaseClient(XmlClientName, section);
        }
        else
        {
            services.AddAimbaseClient(options => UseEmulator(options, emulator));
            services.AddAimbaseClient(XmlClientName, options => UseEmulator(options, emulator));
        }

        // Send the valid leads and report the invalid ones as client-side failures instead of rejecting the batch.
        services.PostConfigureAll<AimbaseClientOptions>(options => options.InvalidLeadHandling = AimbaseInvalidLeadHandling.SendValidLeads);
        services.PostConfigure<AimbaseClientOptions>(XmlClientName, options => options.Format = AimbaseWireFormat.Xml);
    }

    public async Task RunAsync(IServiceProvider services, ScenarioReport report, CancellationToken cancellationToken)
    {
        var factory = services.GetRequiredService<ILeadsClientFactory<IAimbaseClient>>();
        await SendBatchAsync(factory.CreateClient(AimbaseServiceCollectionExtensions.DefaultName), "JSON", report, cancellationToken).ConfigureAwait(false);
        await SendBatchAsync(factory.CreateClient(XmlClientName), "XML", report, cancellationToken).ConfigureAwait(false);
    }

    private static async Task SendBatchAsync(IAimbaseClient client, string format, ScenarioReport report, CancellationToken cancellationToken)
    {
        AimbaseLead[] leads =
        [
            new AimbaseLeadBuilder
                {
                    LeadSourceName = "Website",
                    LeadTypeName = "Request Brochure",
                    LeadCategoryName = "Referral Traffic",
                    LastName = "Hall",
                    CountryCode = "US",
                }
                .WithBrands("FLXR")
                .WithCommunicationOptIn(AimbaseCommunicationOptIn.OptedIn("203.0.113.7", new DateOnly(2026, 11, 23), "Brochure form"))
                .WithFirstName("Allen")
                .WithEmail("ahall@example.com")
                .WithAddress1("123 Main Street")
                .WithCity("Saint Louis")
                .WithState("MO")
                .WithPostalCode("63105")
                .WithDealer(new AimbaseDealer { DealerNumber = "100", DealerLocation = "1", DealerName = "Bob's Boats" })
                .WithProduct(new AimbaseProduct { ProductCode = "100", BrandCode = "FLXR", ProductName = "Fast Boat", ProductModelYear = 2014, BrandName = "Falcon XR" })
                .WithCustom("BuyTimeFrame", "1-3 months")
                .Build(),

            // Rejected before sending: no last name, and a three-letter country code.
            new AimbaseLeadBuilder
                {
                    LeadSourceName = "Website",
                    LeadTypeName = "Request Brochure",
                    LeadCategoryName = "Referral Traffic",
                    LastName = string.Empty,
                    CountryCode = "USA",
                }
                .WithBrands("FLXR")
                .WithCommunicationOptIn(AimbaseCommunicationOptIn.NotOptedIn)
                .WithFirstName("Nobody")
                .Build(),

            // The doc's own example shape: no Brands ("the lead will be assigned to all of the manufacturer's brands")
            // and no IsCommunicationOptIn. Sent as is; whether "Billboard" is a lead source "in the system" is up to the
            // server (the embedded emulator does not know it and fails the lead).
            new AimbaseLeadBuilder
                {
                    LeadSourceName = "Billboard",
                    LeadTypeName = "Request Brochure",
                    LeadCategoryName = "Referral Traffic",
                    LastName = "Stone",
                    CountryCode = "US",
                }
                .WithFirstName("Jane")
                .Build(),
        ];

        report.Step($"CreateLeadsAsync with {leads.Length} leads as {format}");
        foreach (var lead in leads)
        {
            report.Sent($"{lead.FirstName} {lead.LastName} ({lead.LeadSourceName}, {lead.CountryCode}, Brands {lead.Brands ?? "(none)"})");
        }

        var result = await client.CreateLeadsAsync(leads, cancellationToken: cancellationToken).ConfigureAwait(false);
        var status = result.RawResponse is { } raw ? $"HTTP {(int)raw.StatusCode}: " : string.Empty;
        report.Received($"{status}{result.Succeeded.Count} succeeded, {result.Failed.Count} failed{(result.TopLevelError is null ? string.Empty : $", top-level error: {result.TopLevelError}")}");
        foreach (var outcome in result.Leads)
        {
            var where = outcome.IsClientSideFailure ? "rejected before sending" : $"server: {outcome.StatusMessage}";
            report.Received($"{outcome.Lead?.FirstName}: {outcome.Status} ({where}){(outcome.Id is null ? string.Empty : $", Id {outcome.Id}")}");
            foreach (var message in outcome.Messages)
            {
                report.Note($"{message.Field}: {message.Message}");
            }
        }

        // Only what holds for any server that follows the doc: the lead the client refuses is never sent, and "the body of
        // the response will contain the success or failure status for each lead that was submitted". Which sent lead the
        // server accepts (known lead sources, brands, opt-in) is its own business: printed above, not asserted.
        Require(result.Leads.Count == leads.Length, $"expected one result per lead, got {result.Leads.Count}");
        Require(result.Leads.Count(r => r.IsClientSideFailure) == 1 && result.Leads.Single(r => r.IsClientSideFailure).Lead?.FirstName == "Nobody",
            "expected exactly the lead without a last name to be refused before sending");
        foreach (var sent in result.Leads.Where(r => !r.IsClientSideFailure))
        {
            Require(sent.Status is AimbaseLeadStatus.Success or AimbaseLeadStatus.Failure, $"the server gave {sent.Lead?.FirstName} no success or failure status ({sent.Status})");
        }
    }

    private static void Require(bool condition, string problem)
    {
        if (!condition)
        {
            throw new InvalidOperationException("Aimbase sample: " + problem);
        }
    }

    private static void UseEmulator(AimbaseClientOptions options, LeadsEmulator emulator)
    {
        options.BaseAddress = emulator.BaseAddress;
        options.AllowInsecureHttp = true;
        options.Username = emulator.Options.Aimbase.Username;
        options.ApiToken = emulator.Options.Aimbase.ApiToken;
        options.DefaultManufacturerCode = emulator.Options.Aimbase.ManufacturerCode;
    }
}
