using Leads.Sdk.Emulator;

namespace Leads.Sdk.Benchmarks.OData;

/// <summary>Fetches one real 1,000-row page (Prospect and Company expanded) from the emulator, once, to replay in memory.</summary>
internal static class ODataEmulatorPage
{
    public const string ExpandProspectAndCompany = "$expand=Prospect($expand=Company)";

    public static async Task<byte[]> FetchAsync(int rows)
    {
        var options = new LeadsEmulatorOptions();
        options.AimbaseOData.LeadCount = rows;
        options.AimbaseOData.PageSize = rows;
        await using var emulator = await LeadsEmulator.StartAsync(options);
        using var http = new HttpClient { BaseAddress = emulator.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Get, "odata/V2/Leads?" + ExpandProspectAndCompany);
        request.Headers.TryAddWithoutValidation("Authenticate", $"Avala-Api {options.AimbaseOData.Username}:{options.AimbaseOData.ApiToken}");
        using var response = await http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsByteArrayAsync();
    }
}
