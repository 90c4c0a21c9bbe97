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
/// in-memory handler.
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

    [GlobalSetup]
    public void Setup()
    {
        var handler = new CannedResponseHandler(PostResponse, "application/json");
        _direct = new LeadExecClient(new HttpClient(handler) { BaseAddress = Base }, Configure(new LeadExecOptions()));
        var services = new ServiceCollection();
        services.AddLeadExecClient(o => Configure(o)).ConfigurePrimaryHttpMessageHandler(() => new CannedResponseHandler(PostResponse, "application/json"));
        _provider = services.BuildServiceProvider();
        _viaDi = _provider.GetRequiredService<ILeadExecClient>();
    }

    [GlobalCleanup]
    public void Cleanup() => _provider.Dispose();

    [Benchmark(Baseline = true)]
    public Task<LeadExecPostResponse> Direct() => _direct.InsertAsync(Request());

    [Benchmark]
    public Task<LeadExecPostResponse> ThroughDiPipeline() => _viaDi.InsertAsync(Request());

    private static LeadExecInsertRequest Request()
    {
        var lead = new LeadExecLead { Reference = "ref-1" };
        for (var i = 0; i < 20; i++)
        {
            lead.Fields.Add("Field" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), "value " + i.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return new LeadExecInsertRequest { Lead = lead, Encoding = LeadExecEncoding.Json };
    }

    private static LeadExecOptions Configure(LeadExecOptions options)
    {
        options.BaseAddress = Base;
        options.VendorId = 18;
        options.LeadTypeId = 1;
        options.AffiliateId = 23;
        options.Password = "s3cret-password";
        return options;
    }
}
