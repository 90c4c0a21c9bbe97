using System.Net.Http.Json;
using BenchmarkDotNet.Attributes;
using Leads.Sdk.Aimbase.OData;
using Leads.Sdk.Aimbase.OData.Models;
using Leads.Sdk.Aimbase.OData.Query;
using Leads.Sdk.Benchmarks.Infrastructure;
using Leads.Sdk.Http;

namespace Leads.Sdk.Benchmarks.OData;

/// <summary>OData: request and deserialize one 1,000-row page with Prospect and Company expanded.</summary>
[MemoryDiagnoser]
public class ODataPageBenchmarks
{
    private static readonly Uri Base = new("https://aimbase.example.com/");
    private HttpClient _http = null!;
    private AimbaseODataClient _client = null!;
    private ODataQuery<AimbaseODataLead> _query = null!;

    [GlobalSetup]
    public async Task Setup()
    {
        var page = await ODataEmulatorPage.FetchAsync(1_000);
        var handler = new CannedResponseHandler(page, "application/json");
        _http = new HttpClient(handler) { BaseAddress = Base };
        // The OData client leaves authentication to its handlers (DI adds this one).
        var authenticated = new AvalaApiAuthenticationHandler(() => ("odata-user", "odata-test-token")) { InnerHandler = handler };
        _client = new AimbaseODataClient(new HttpClient(authenticated) { BaseAddress = Base }, new AimbaseODataClientOptions { BaseAddress = Base, Username = "odata-user", ApiToken = "odata-test-token" });
        _query = new ODataQuery<AimbaseODataLead>().Expand(l => l.Prospect, p => p.Expand(x => x.Company));
    }

    [Benchmark(Baseline = true)]
    public async Task<int> HandWritten()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "odata/V2/Leads?" + ODataEmulatorPage.ExpandProspectAndCompany);
        request.Headers.TryAddWithoutValidation("Authenticate", "Avala-Api odata-user:odata-test-token");
        using var response = await _http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        var page = await response.Content.ReadFromJsonAsync(BaselineODataJsonContext.Default.BaselineLeadPage);
        return page!.Value!.Count;
    }

    [Benchmark]
    public async Task<int> Sdk()
    {
        await foreach (var page in _client.ListLeadsAsync(_query).AsPages())
        {
            return page.Values.Count;
        }

        return 0;
    }
}
