using Leads.Sdk.CrmApi;
using Leads.Sdk.CrmApi.Models;
using Leads.Sdk.Emulator;
using Leads.Sdk.Emulator.CrmApi;
using Leads.Sdk.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Leads.Sdk.Samples;

/// <summary>The CRM.COM CRM API v2 sample: create a lead, then survive an expired token.</summary>
internal sealed class CrmApiScenario : IScenario
{
    private LeadsEmulator? _emulator;

    public string Section => "CrmApi";

    public string Title => "CRM.COM CRM API v2";

    public void Register(IServiceCollection services, IConfigurationSection section, LeadsEmulator? emulator)
    {
        _emulator = emulator;
        if (emulator is null)
        {
            services.AddCrmApiClient(section);
            return;
        }

        var credentials = emulator.Options.CrmApi;
        services.AddCrmApiClient(options =>
        {
            options.BaseAddress = emulator.BaseAddress;
            options.AllowInsecureHttp = true;
            options.Username = credentials.Username;
            options.Password = credentials.Password;
            options.Organisation = credentials.Organisation;
        });
    }

    // The emulator recorded the exact body; the token in it is masked before printing.
    private void PrintSentBody(ScenarioReport report)
    {
        var sent = _emulator?.Requests.All.LastOrDefault(r => r.Path.EndsWith("leads/create", StringComparison.Ordinal));
        if (sent is not null)
        {
            report.Sent("body: " + SecretRedactor.Redact(sent.Body));
        }
    }

    public async Task RunAsync(IServiceProvider services, ScenarioReport report, CancellationToken cancellationToken)
    {
        var client = services.GetRequiredService<ICrmApiClient>();
        var tokens = services.GetRequiredKeyedService<CrmApiTokenProvider>(CrmApiServiceCollectionExtensions.DefaultName);

        var request = new CrmCreateLeadRequestBuilder(
                CrmLeadImportance.Importance3,
                CrmLeadPriority.Priority2,
                CrmEntityIdentifier.ByName("Residential Sales"),
                CrmContactInformationIdentifier.ByIdNumber("K-482913"),
                CrmLeadSource.Website("spring-offers.example.com"))
            .WithContactEmail("maria.georgiou@example.com").WithContactPhone("+35799123456")
            .WithDescription("Asked for a fibre quote on the website.")
            .WithProbabilityToWin(40)
            .WithEstimatedCompletionTime(2, CrmTimePeriodUnit.Weeks)
            .AddProduct(CrmProductIdentifier.ByCode("FIBER-200"))
            .WithUdfString(1, "spring-campaign")
            .WithUdfFloat(1, 49.90)
            .WithUdfDate(1, new DateTimeOffset(2026, 4, 1, 0, 0, 0, TimeSpan.Zero))
            .Build();

        report.Step("Create a lead (the client logs in on first use)");
        report.Sent("POST crmapi/rest/v2/leads/create: importance IMPORTANCE3, priority 2, type 'Residential Sales', source WEBSITE, product FIBER-200, udf_string_1, udf_float_1, udf_date_1");
        var lead = await client.CreateLeadAsync(request, cancellationToken);
        PrintSentBody(report);
        report.Received($"lead {lead.Number} (id {lead.Id}), state {lead.LifeCycleState}; HTTP {(int)lead.RawResponse!.StatusCode}");
        if (lead.AdditionalFields.Count > 0)
        {
            report.Note($"fields the SDK's model does not map, kept as raw JSON: {string.Join(", ", lead.AdditionalFields.Keys)}");
        }

        report.Note($"logins so far: {tokens.LoginCount}");

        if (_emulator is null)
        {
            report.Note("Against a real server the token cannot be expired on demand; skipping the re-login step.");
            return;
        }

        report.Step("The emulator expires every token; create another lead with the same client");
        _emulator.CrmApi().ExpireAllTokens();
        var second = await client.CreateLeadAsync(
            new CrmCreateLeadRequestBuilder(
                    CrmLeadImportance.Importance1,
                    CrmLeadPriority.Priority4,
                    CrmEntityIdentifier.ByName("Residential Sales"),
                    CrmContactInformationIdentifier.ByPassportNumber("P1234567"),
                    CrmLeadSource.Advertisement("Radio spot"))
                .AddProduct(CrmProductIdentifier.ByCode("TV-BASIC"))
                .WithFieldsSet("id", "number", "life_cycle_state")
                .Build(),
            cancellationToken);
        report.Received($"lead {second.Number} (id {second.Id}), state {second.LifeCycleState} (fields_set: id, number, life_cycle_state)");
        report.Note($"the server refused the expired token, the client logged in again by itself and repeated the call: logins so far {tokens.LoginCount}");
        if (tokens.LoginCount != 2)
        {
            throw new InvalidOperationException($"Expected exactly one re-login, saw {tokens.LoginCount} logins.");
        }
    }
}
