using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Xml;
using System.Xml.Linq;
using BenchmarkDotNet.Attributes;
using Leads.Sdk.Aimbase;
using Leads.Sdk.Aimbase.Models;
using Leads.Sdk.Aimbase.Serialization;
using Leads.Sdk.Aimbase.Validation;
using Leads.Sdk.Benchmarks.Infrastructure;
using Leads.Sdk.Validation;

namespace Leads.Sdk.Benchmarks.Aimbase;

/// <summary>Aimbase: create a 10-lead batch, JSON and XML; hand-written HttpClient code vs the SDK.</summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkDotNet.Configs.BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class AimbaseCreateLeadsBenchmarks
{
    private static readonly Uri Base = new("https://aimbase.example.com/");
    private List<AimbaseLead> _leads = null!;
    private HttpClient _jsonHttp = null!;
    private HttpClient _xmlHttp = null!;
    private AimbaseClient _jsonClient = null!;
    private AimbaseClient _xmlClient = null!;

    [GlobalSetup]
    public void Setup()
    {
        _leads = AimbaseData.Leads(10);
        var jsonHandler = new CannedResponseHandler(AimbaseData.JsonResponse(10), "application/json");
        var xmlHandler = new CannedResponseHandler(AimbaseData.XmlResponse(10), "application/xml");
        _jsonHttp = new HttpClient(jsonHandler) { BaseAddress = Base };
        _xmlHttp = new HttpClient(xmlHandler) { BaseAddress = Base };
        _jsonClient = new AimbaseClient(new HttpClient(jsonHandler) { BaseAddress = Base }, Options(AimbaseWireFormat.Json));
        _xmlClient = new AimbaseClient(new HttpClient(xmlHandler) { BaseAddress = Base }, Options(AimbaseWireFormat.Xml));
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Json")]
    public async Task<int> Json_HandWritten()
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(_leads, BaselineAimbaseJsonContext.Default.ListAimbaseLead);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"marketing/api/lead?manufacturer={AimbaseData.Manufacturer}")
        {
            Content = new ByteArrayContent(body) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } },
        };
        request.Headers.TryAddWithoutValidation("Authenticate", $"Avala-Api {AimbaseData.User}:{AimbaseData.Token}");
        using var response = await _jsonHttp.SendAsync(request);
        response.EnsureSuccessStatusCode();
        var result = await response.Content.ReadFromJsonAsync(BaselineAimbaseJsonContext.Default.BaselineAimbaseResponse);
        return result!.LeadResponseRecords!.Count(r => r.Status == "Success");
    }

    /// <summary>
    /// Only the validation the SDK runs before sending the same 10 leads (no HTTP, no serialization): the full schema on
    /// every lead. The part of <see cref="Json_Sdk"/> the hand-written call does not do.
    /// </summary>
    [Benchmark]
    [BenchmarkCategory("Json")]
    public int Json_ValidationOnly()
    {
        var root = ValidationPath.Named("Leads");
        var errors = new ValidationErrorCollector();
        for (var i = 0; i < _leads.Count; i++)
        {
            AimbaseLeadValidator.Lead.Validate(_leads[i], root.Index(i), errors);
        }

        return errors.HasErrors ? 1 : 0;
    }

    [Benchmark]
    [BenchmarkCategory("Json")]
    public async Task<int> Json_Sdk()
    {
        var result = await _jsonClient.CreateLeadsAsync(_leads);
        return result.Leads.Count(r => r.Status == AimbaseLeadStatus.Success);
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Xml")]
    public async Task<int> Xml_HandWritten()
    {
        using var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, new XmlWriterSettings { Async = false }))
        {
            BaselineAimbaseXml.WriteLeads(writer, _leads);
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, $"marketing/api/lead?manufacturer={AimbaseData.Manufacturer}")
        {
            Content = new ByteArrayContent(buffer.GetBuffer(), 0, (int)buffer.Length) { Headers = { ContentType = new MediaTypeHeaderValue("application/xml") } },
        };
        request.Headers.TryAddWithoutValidation("Authenticate", $"Avala-Api {AimbaseData.User}:{AimbaseData.Token}");
        using var response = await _xmlHttp.SendAsync(request);
        response.EnsureSuccessStatusCode();
        await using var stream = await response.Content.ReadAsStreamAsync();
        var document = await XDocument.LoadAsync(stream, LoadOptions.None, CancellationToken.None);
        return document.Root!.Elements("Lead").Count(l => (string?)l.Element("Status") == "Success");
    }

    /// <summary>
    /// Only the checks the SDK runs before sending the same 10 leads as XML (the full schema on every lead and the XML 1.0
    /// character check; no HTTP, no serialization): the part of <see cref="Xml_Sdk"/> the hand-written call does not do, the floor.
    /// </summary>
    [Benchmark]
    [BenchmarkCategory("Xml")]
    public int Xml_ValidationOnly()
    {
        var root = ValidationPath.Named("Leads");
        var errors = new ValidationErrorCollector();
        for (var i = 0; i < _leads.Count; i++)
        {
            var path = root.Index(i);
            AimbaseLeadValidator.Lead.Validate(_leads[i], path, errors);

            AimbaseXmlWriter.FindUnwritableText(_leads[i], path, errors);
        }

        return errors.HasErrors ? 1 : 0;
    }

    [Benchmark]
    [BenchmarkCategory("Xml")]
    public async Task<int> Xml_Sdk()
    {
        var result = await _xmlClient.CreateLeadsAsync(_leads);
        return result.Leads.Count(r => r.Status == AimbaseLeadStatus.Success);
    }

    private static AimbaseClientOptions Options(AimbaseWireFormat format) => new()
    {
        BaseAddress = Base,
        Username = AimbaseData.User,
        ApiToken = AimbaseData.Token,
        DefaultManufacturerCode = AimbaseData.Manufacturer,
        Format = format,
    };
}
