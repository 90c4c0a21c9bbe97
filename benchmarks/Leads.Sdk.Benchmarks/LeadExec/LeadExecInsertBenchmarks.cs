using System.Net.Http.Json;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Leads.Sdk.Benchmarks.Infrastructure;
using Leads.Sdk.LeadExec;
using Leads.Sdk.LeadExec.Internal;
using Leads.Sdk.LeadExec.Models;
using Leads.Sdk.LeadExec.Validation;

namespace Leads.Sdk.Benchmarks.LeadExec;

/// <summary>LeadExec: JSON insert and form insert of one lead with 20 fields, each parsing the doc's PostResponse.</summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class LeadExecInsertBenchmarks
{
    private const int Vid = 18;
    private const int Lid = 1;
    private const int Aid = 23;
    private const string Password = "s3cret-password";
    private const string Path = "processor/insert/general/json";

    // The doc's "Create General Lead, Response JSON".
    private static readonly byte[] PostResponse = Encoding.UTF8.GetBytes("""
        {
        "PostID": "f5666260-1c2c-4bd5-9611-bb1387ca2397",
        "isValidPost": true,
        "ResponseType": "No_Error",
        "ResponseDetails": "Lead was accepted",
        "LeadIdentifier": 999999999,
        "VendorAccountAssigned": 99,
        "PendingQCReview": false,
        "Price": 25,
        "RedirectURL": "",
        "StatusURL": ""
        }
        """);

    private static readonly Uri Base = new("https://leads.leadexec.net/");
    private KeyValuePair<string, string>[] _fields = null!;
    private HttpClient _http = null!;
    private LeadExecClient _client = null!;
    private LeadExecCreateLeadRequest _jsonRequest = null!;
    private LeadExecCreateLeadRequest _formRequest = null!;
    private ResolvedCredentials _credentials;

    [GlobalSetup]
    public void Setup()
    {
        _fields = LeadExecData.Fields();
        var handler = new CannedResponseHandler(PostResponse, "application/json");
        _http = new HttpClient(handler) { BaseAddress = Base };
        var options = new LeadExecClientOptions { VendorId = Vid, LeadTypeId = Lid, AffiliateId = Aid, Password = Password };
        _client = new LeadExecClient(new HttpClient(handler) { BaseAddress = Base }, options);
        _jsonRequest = new LeadExecCreateLeadRequest { Lead = Lead("ref-1"), Encoding = LeadExecEncoding.Json };
        _formRequest = new LeadExecCreateLeadRequest { Lead = Lead(reference: null), Encoding = LeadExecEncoding.Form };
        _credentials = ResolvedCredentials.From(options, null);
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Json")]
    public async Task<bool> Json_HandWritten()
    {
        var body = new BaselineInsertBody
        {
            Source = new BaselineSource { Vid = Vid, Aid = Aid, Lid = Lid, Password = Password },
            Leads = [new BaselineLead { Properties = new BaselineLeadProperties { Reference = "ref-1" }, Fields = new Dictionary<string, string>(_fields) }],
        };
        using var response = await _http.PostAsJsonAsync(Path, body, BaselineLeadExecJsonContext.Default.BaselineInsertBody);
        response.EnsureSuccessStatusCode();
        var result = await response.Content.ReadFromJsonAsync(BaselineLeadExecJsonContext.Default.BaselinePostResponse);
        return result!.IsValidPost && result.ResponseType == "No_Error";
    }

    [Benchmark]
    [BenchmarkCategory("Json")]
    public async Task<bool> Json_Sdk()
    {
        var result = await _client.CreateLeadAsync(new LeadExecCreateLeadRequest { Lead = Lead("ref-1"), Encoding = LeadExecEncoding.Json });
        return result.IsValidPost && result.ResponseType == LeadExecResponseType.NoError;
    }

    /// <summary>
    /// Only the request validation <see cref="Json_Sdk"/> runs before writing the body (credentials, lead properties,
    /// 20 fields; no HTTP, no serialization), on a request built once: the validation part of the call, measured alone.
    /// </summary>
    [Benchmark]
    [BenchmarkCategory("Json")]
    public int Json_ValidationOnly()
    {
        LeadExecRequestValidator.Insert(_jsonRequest, LeadExecEncoding.Json, _credentials, returnUrl: null, sendDelay: null);
        return _jsonRequest.Lead!.Fields.Count;
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Form")]
    public async Task<bool> Form_HandWritten()
    {
        var pairs = new List<KeyValuePair<string, string>>(_fields.Length + 4)
        {
            new("vid", "18"), new("lid", "1"), new("aid", "23"), new("password", Password),
        };
        pairs.AddRange(_fields);
        using var content = new FormUrlEncodedContent(pairs);
        using var response = await _http.PostAsync(Path, content);
        response.EnsureSuccessStatusCode();
        var result = await response.Content.ReadFromJsonAsync(BaselineLeadExecJsonContext.Default.BaselinePostResponse);
        return result!.IsValidPost && result.ResponseType == "No_Error";
    }

    [Benchmark]
    [BenchmarkCategory("Form")]
    public async Task<bool> Form_Sdk()
    {
        var result = await _client.CreateLeadAsync(new LeadExecCreateLeadRequest { Lead = Lead(reference: null), Encoding = LeadExecEncoding.Form });
        return result.IsValidPost && result.ResponseType == LeadExecResponseType.NoError;
    }

    /// <summary>The request validation of <see cref="Form_Sdk"/> alone, as <see cref="Json_ValidationOnly"/> is of the JSON call.</summary>
    [Benchmark]
    [BenchmarkCategory("Form")]
    public int Form_ValidationOnly()
    {
        LeadExecRequestValidator.Insert(_formRequest, LeadExecEncoding.Form, _credentials, returnUrl: null, sendDelay: null);
        return _formRequest.Lead!.Fields.Count;
    }

    private LeadExecLead Lead(string? reference)
    {
        // The form encoding has no reference key.
        var lead = new LeadExecLead { Reference = reference };
        foreach (var (name, value) in _fields)
        {
            lead.Fields.Add(name, value);
        }

        return lead;
    }
}
