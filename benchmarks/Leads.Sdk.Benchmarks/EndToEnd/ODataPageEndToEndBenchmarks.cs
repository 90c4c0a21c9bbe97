using System.ComponentModel;
using System.Net.Http.Json;
using Leads.Sdk.Aimbase.OData;
using Leads.Sdk.Aimbase.OData.Models;
using Leads.Sdk.Aimbase.OData.Query;
using Leads.Sdk.Benchmarks.OData;
using Microsoft.Extensions.DependencyInjection;

namespace Leads.Sdk.Benchmarks.EndToEnd;

/// <summary>
/// Aimbase OData: request and read the first 1,000-row page of the emulator's leads (its default data set of 3,000, no
/// <c>$expand</c>). Not expanded because the emulator takes ~150 ms to write an expanded page (~30 ms a plain one): 64
/// concurrent expanded pages would measure the emulator, and take minutes per benchmark.
/// </summary>
[Description("OData: read one 1,000-row page")]
public class ODataPageEndToEndBenchmarks : EndToEndBenchmarks
{
    private const int PageRows = 1_000;
    private IAimbaseODataClient _client = null!;
    private ODataQuery<AimbaseODataLead> _query = null!;
    private string _authenticate = null!;

    protected override void AddSdkClient(IServiceCollection services) => services.AddAimbaseODataClient(o =>
    {
        o.BaseAddress = Emulator.BaseAddress;
        o.AllowInsecureHttp = true;
        o.Username = Emulator.Options.AimbaseOData.Username;
        o.ApiToken = Emulator.Options.AimbaseOData.ApiToken;
    });

    protected override Task SetUpAsync(IServiceProvider services)
    {
        _client = services.GetRequiredService<IAimbaseODataClient>();
        _query = new ODataQuery<AimbaseODataLead>();
        _authenticate = $"Avala-Api {Emulator.Options.AimbaseOData.Username}:{Emulator.Options.AimbaseOData.ApiToken}";
        return Task.CompletedTask;
    }

    protected override async Task HandWrittenCallAsync()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "odata/V2/Leads");
        request.Headers.TryAddWithoutValidation("Authenticate", _authenticate);
        using var response = await HandWrittenHttp.SendAsync(request);
        response.EnsureSuccessStatusCode();
        var page = await response.Content.ReadFromJsonAsync(BaselineODataJsonContext.Default.BaselineLeadPage);
        Accepted.Check(page!.Value!.Count, PageRows);
    }

    protected override async Task SdkCallAsync()
    {
        await foreach (var page in _client.ListLeadsAsync(_query).AsPages())
        {
            Accepted.Check(page.Values.Count, PageRows);
            return;
        }

        Accepted.Check(0, PageRows);
    }
}
