using System.ComponentModel;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Leads.Sdk.Aimbase;
using Leads.Sdk.Aimbase.Models;
using Leads.Sdk.Benchmarks.Aimbase;
using Microsoft.Extensions.DependencyInjection;

namespace Leads.Sdk.Benchmarks.EndToEnd;

/// <summary>Aimbase: create a 10-lead batch as JSON; every lead accepted.</summary>
[Description("Aimbase: create a 10-lead batch, JSON")]
public class AimbaseJsonEndToEndBenchmarks : EndToEndBenchmarks
{
    private readonly List<AimbaseLead> _leads = AimbaseData.Leads(10);
    private IAimbaseClient _client = null!;
    private string _path = null!;
    private string _authenticate = null!;

    protected override void AddSdkClient(IServiceCollection services) => services.AddAimbaseClient(o =>
    {
        o.BaseAddress = Emulator.BaseAddress;
        o.AllowInsecureHttp = true;
        o.Username = Emulator.Options.Aimbase.Username;
        o.ApiToken = Emulator.Options.Aimbase.ApiToken;
        o.DefaultManufacturerCode = Emulator.Options.Aimbase.ManufacturerCode;
        o.Format = AimbaseWireFormat.Json;
    });

    protected override Task SetUpAsync(IServiceProvider services)
    {
        _client = services.GetRequiredService<IAimbaseClient>();
        _path = $"marketing/api/lead?manufacturer={Emulator.Options.Aimbase.ManufacturerCode}";
        _authenticate = $"Avala-Api {Emulator.Options.Aimbase.Username}:{Emulator.Options.Aimbase.ApiToken}";
        return Task.CompletedTask;
    }

    protected override async Task HandWrittenCallAsync()
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(_leads, BaselineAimbaseJsonContext.Default.ListAimbaseLead);
        using var request = new HttpRequestMessage(HttpMethod.Post, _path)
        {
            Content = new ByteArrayContent(body) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } },
        };
        request.Headers.TryAddWithoutValidation("Authenticate", _authenticate);
        using var response = await HandWrittenHttp.SendAsync(request);
        response.EnsureSuccessStatusCode();
        var result = await response.Content.ReadFromJsonAsync(BaselineAimbaseJsonContext.Default.BaselineAimbaseResponse);
        Accepted.Check(result!.LeadResponseRecords!.Count(r => r.Status == "Success"), _leads.Count);
    }

    protected override async Task SdkCallAsync()
    {
        var result = await _client.CreateLeadsAsync(_leads);
        Accepted.Check(result.Leads.Count(r => r.Status == AimbaseLeadStatus.Success), _leads.Count);
    }
}
