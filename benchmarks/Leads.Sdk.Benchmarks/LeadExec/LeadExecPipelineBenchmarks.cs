using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using BenchmarkDotNet.Attributes;
using Leads.Sdk.Benchmarks.Infrastructure;
using Leads.Sdk.LeadExec;
using Leads.Sdk.LeadExec.Models;
using Microsoft.Extensions.DependencyInjection;

namespace Leads.Sdk.Benchmarks.LeadExec;

/// <summary>
/// What the DI pipeline adds on top of the client itself: the same JSON insert through a directly constructed client
/// and through <c>AddLeadExecClient</c> (diagnostics, transport-error mapping, resilience, size cap) over the same
/// in-memory handler. The baseline is what a user would write with DI by hand: a named <see cref="HttpClient"/> with
/// <c>AddStandardResilienceHandler()</c> and a JSON post with a source-generated context.
/// </summary>
[MemoryDiagnoser]
public class LeadExecPipelineBenchmarks
{
    private static readonly Uri Base = new("https://leads.leadexec.net/");
    private static readonly byte[] PostResponse = Encoding.UTF8.GetBytes(
        """{"PostID":"f5666260-1c2c-4bd5-9611-bb1387ca2397","isValidPost":true,"ResponseType":"No_Error","ResponseDetails":"Lead was accepted","LeadIdentifier":999999999,"VendorAccountAssigned":99,"PendingQCReview":false,"Price":25,"RedirectURL":"","StatusURL":""}""");

    private LeadExecClient _direct = null!;
    private ILeadExecClient _viaDi = null!;
    private ServiceProvider _provider = null!;
    private HttpClient _handWritten = null!;
    private HttpClient _handWrittenWithoutDi = null!;
    private ServiceProvider _handWrittenProvider = null!;

    [GlobalSetup]
    public void Setup()
    {
        var handler = new CannedResponseHandler(PostResponse, "application/json");
        _direct = new LeadExecClient(new HttpClient(handler) { BaseAddress = Base }, Configure(new LeadExecClientOptions()));
        var services = new ServiceCollection();
        services.AddLeadExecClient(o => Configure(o)).ConfigurePrimaryHttpMessageHandler(() => new CannedResponseHandler(PostResponse, "application/json"));
        _provider = services.BuildServiceProvider();
        _viaDi = _provider.GetRequiredService<ILeadExecClient>();

        var handWritten = new ServiceCollection();
        handWritten.AddHttpClient("x", client => client.BaseAddress = Base)
            .ConfigurePrimaryHttpMessageHandler(() => new CannedResponseHandler(PostResponse, "application/json"))
            .AddStandardResilienceHandler();
        _handWrittenProvider = handWritten.BuildServiceProvider();
        _handWritten = _handWrittenProvider.GetRequiredService<IHttpClientFactory>().CreateClient("x");
        _handWrittenWithoutDi = new HttpClient(new CannedResponseHandler(PostResponse, "application/json")) { BaseAddress = Base };
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _provider.Dispose();
        _handWrittenProvider.Dispose();
    }

    [Benchmark(Baseline = true)]
    public Task<bool> HandWrittenThroughDiWithStandardResilience() => PostHandWritten(_handWritten);

    /// <summary>The same hand-written post without DI: the difference to the baseline is what the standard pipeline costs.</summary>
    [Benchmark]
    public Task<bool> HandWrittenWithoutDi() => PostHandWritten(_handWrittenWithoutDi);

    [Benchmark]
    public Task<LeadExecPostResult> Direct() => _direct.CreateLeadAsync(Request());

    [Benchmark]
    public Task<LeadExecPostResult> ThroughDiPipeline() => _viaDi.CreateLeadAsync(Request());

    private static async Task<bool> PostHandWritten(HttpClient http)
    {
        var fields = new Dictionary<string, string>(20);
        for (var i = 0; i < 20; i++)
        {
            fields.Add("Field" + i.ToString(CultureInfo.InvariantCulture), "value " + i.ToString(CultureInfo.InvariantCulture));
        }

        var body = new BaselineInsertBody
        {
            Source = new BaselineSource { Vid = 18, Aid = 23, Lid = 1, Password = "s3cret-password" },
            Leads = [new BaselineLead { Properties = new BaselineLeadProperties { Reference = "ref-1" }, Fields = fields }],
        };
        using var response = await http.PostAsJsonAsync("processor/insert/general/json", body, BaselineLeadExecJsonContext.Default.BaselineInsertBody);
        response.EnsureSuccessStatusCode();
        var result = await response.Content.ReadFromJsonAsync(BaselineLeadExecJsonContext.Default.BaselinePostResponse);
        return result!.IsValidPost;
    }

    private static LeadExecCreateLeadRequest Request()
    {
        var lead = new LeadExecLead { Reference = "ref-1" };
        for (var i = 0; i < 20; i++)
        {
            lead.Fields.Add("Field" + i.ToString(CultureInfo.InvariantCulture), "value " + i.ToString(CultureInfo.InvariantCulture));
        }

        return new LeadExecCreateLeadRequest { Lead = lead, Encoding = LeadExecEncoding.Json };
    }

    private static LeadExecClientOptions Configure(LeadExecClientOptions options)
    {
        options.BaseAddress = Base;
        options.VendorId = 18;
        options.LeadTypeId = 1;
        options.AffiliateId = 23;
        options.Password = "s3cret-password";
        return options;
    }
}
