using System.ComponentModel;
using System.Globalization;
using System.Net.Http.Json;
using Leads.Sdk.Benchmarks.LeadExec;
using Leads.Sdk.LeadExec;
using Leads.Sdk.LeadExec.Models;
using Microsoft.Extensions.DependencyInjection;

namespace Leads.Sdk.Benchmarks.EndToEnd;

/// <summary>LeadExec: insert one lead with 20 fields form-encoded and read the PostResponse; the lead accepted.</summary>
[Description("LeadExec: form insert, 1 lead × 20 fields")]
public class LeadExecFormEndToEndBenchmarks : EndToEndBenchmarks
{
    private const string Path = "processor/insert/general/json";
    private readonly KeyValuePair<string, string>[] _fields = LeadExecData.Fields();
    private ILeadExecClient _client = null!;
    private KeyValuePair<string, string>[] _source = null!;

    // The same lead is posted again and again: the emulator must not answer the second one as a duplicate.
    protected override string[] HostArguments => ["--leadexec-no-duplicate-check"];

    protected override void AddSdkClient(IServiceCollection services) => services.AddLeadExecClient(o =>
    {
        o.BaseAddress = Emulator.BaseAddress;
        o.AllowInsecureHttp = true;
        o.VendorId = Emulator.Options.LeadExec.VendorId;
        o.LeadTypeId = Emulator.Options.LeadExec.LeadTypeId;
        o.AffiliateId = Emulator.Options.LeadExec.AffiliateId;
        o.Password = Emulator.Options.LeadExec.Password;
    });

    protected override Task SetUpAsync(IServiceProvider services)
    {
        _client = services.GetRequiredService<ILeadExecClient>();
        var options = Emulator.Options.LeadExec;
        _source =
        [
            new("vid", options.VendorId.ToString(CultureInfo.InvariantCulture)),
            new("lid", options.LeadTypeId.ToString(CultureInfo.InvariantCulture)),
            new("aid", options.AffiliateId.ToString(CultureInfo.InvariantCulture)),
            new("password", options.Password),
        ];
        return Task.CompletedTask;
    }

    protected override async Task HandWrittenCallAsync()
    {
        var pairs = new List<KeyValuePair<string, string>>(_source.Length + _fields.Length);
        pairs.AddRange(_source);
        pairs.AddRange(_fields);
        using var content = new FormUrlEncodedContent(pairs);
        using var response = await HandWrittenHttp.PostAsync(Path, content);
        response.EnsureSuccessStatusCode();
        var result = await response.Content.ReadFromJsonAsync(BaselineLeadExecJsonContext.Default.BaselinePostResponse);
        Accepted.Check(result!.IsValidPost && result.ResponseType == "No_Error", result.ResponseDetails ?? "no details");
    }

    protected override async Task SdkCallAsync()
    {
        var lead = new LeadExecLead();
        foreach (var (name, value) in _fields)
        {
            lead.Fields.Add(name, value);
        }

        var result = await _client.CreateLeadAsync(new LeadExecCreateLeadRequest { Lead = lead, Encoding = LeadExecEncoding.Form });
        Accepted.Check(result.IsValidPost && result.ResponseType == LeadExecResponseType.NoError, result.ResponseDetails ?? "no details");
    }
}
