using System.ComponentModel;
using System.Net.Http.Json;
using Leads.Sdk.Benchmarks.CrmApi;
using Leads.Sdk.CrmApi;
using Leads.Sdk.CrmApi.Models;
using Microsoft.Extensions.DependencyInjection;

namespace Leads.Sdk.Benchmarks.EndToEnd;

/// <summary>CRM.COM: create a lead with a cached token. Both sides log in once during setup; the measured calls reuse the token.</summary>
[Description("CRM: create a lead, cached token")]
public class CrmCreateEndToEndBenchmarks : EndToEndBenchmarks
{
    private ICrmApiClient _client = null!;
    private string _token = null!;

    protected override void AddSdkClient(IServiceCollection services) => services.AddCrmApiClient(o =>
    {
        o.BaseAddress = Emulator.BaseAddress;
        o.AllowInsecureHttp = true;
        o.Username = Emulator.Options.CrmApi.Username;
        o.Password = Emulator.Options.CrmApi.Password;
        o.Organisation = Emulator.Options.CrmApi.Organisation;
    });

    protected override async Task SetUpAsync(IServiceProvider services)
    {
        _client = services.GetRequiredService<ICrmApiClient>();
        var options = Emulator.Options.CrmApi;
        var login = new BaselineLoginBody { Username = options.Username, Password = options.Password, Organisation = options.Organisation };
        using var response = await HandWrittenHttp.PostAsJsonAsync("crmapi/rest/v2/authentication/token", login, BaselineCrmJsonContext.Default.BaselineLoginBody);
        response.EnsureSuccessStatusCode();
        var envelope = await response.Content.ReadFromJsonAsync(BaselineCrmJsonContext.Default.BaselineTokenEnvelope);
        _token = envelope?.Data?.Token ?? throw new InvalidOperationException($"Login refused: {envelope?.Status?.Code}");

        // The SDK logs in on its first call, which the base class makes before measuring.
    }

    protected override async Task HandWrittenCallAsync()
    {
        var body = new BaselineCreateBody
        {
            Token = _token,
            Importance = "IMPORTANCE1",
            Priority = "3",
            TypeIdentifier = new BaselineIdentifier { Name = "Sales" },
            ContactInformationIdentifier = new BaselineIdentifier { Id = "C1" },
            Source = new BaselineSource { Type = "WEBSITE", Name = "example.com" },
        };
        using var response = await HandWrittenHttp.PostAsJsonAsync("crmapi/rest/v2/leads/create", body, BaselineCrmJsonContext.Default.BaselineCreateBody);
        response.EnsureSuccessStatusCode();
        var envelope = await response.Content.ReadFromJsonAsync(BaselineCrmJsonContext.Default.BaselineEnvelope);
        Accepted.Check(envelope?.Status?.Code == "OK" && envelope.Data?.Id is not null, $"{envelope?.Status?.Code}: {envelope?.Status?.Message}");
    }

    protected override async Task SdkCallAsync()
    {
        var lead = await _client.CreateLeadAsync(new CrmCreateLeadRequestBuilder(
                CrmLeadImportance.Importance1,
                CrmLeadPriority.Priority3,
                CrmEntityIdentifier.ByName("Sales"),
                CrmContactInformationIdentifier.ById("C1"),
                CrmLeadSource.Named(CrmLeadSourceType.Website, "example.com"))
            .Build());
        Accepted.Check(lead.Id is not null, "no lead id");
    }
}
