using System.Net.Http.Json;
using System.Text;
using BenchmarkDotNet.Attributes;
using Leads.Sdk.Benchmarks.Infrastructure;
using Leads.Sdk.CrmApi;
using Leads.Sdk.CrmApi.Models;
using Leads.Sdk.CrmApi.Validation;
using Leads.Sdk.Validation;

namespace Leads.Sdk.Benchmarks.CrmApi;

/// <summary>CRM.COM: create a lead with a cached token (the login happens once, in setup).</summary>
[MemoryDiagnoser]
public class CrmCreateLeadBenchmarks
{
    private const string Token = "opaque-token-1";
    private static readonly Uri Base = new("https://crm.example.com/");
    private static readonly byte[] LoginResponse = Encoding.UTF8.GetBytes("{\"status\":{\"code\":\"OK\",\"message\":null,\"description\":null},\"data\":{\"token\":\"" + Token + "\"}}");
    private static readonly byte[] CreateResponse = Encoding.UTF8.GetBytes(
        """{"status":{"code":"OK","message":null,"description":null},"data":{"id":"8d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a","number":"LEAD000042","life_cycle_state":"PENDING","importance":"IMPORTANCE1","priority":"3"}}""");

    private HttpClient _http = null!;
    private CrmApiClient _client = null!;
    private string _cachedToken = null!;
    private CrmCreateLeadRequest _request = null!;

    [GlobalSetup]
    public async Task Setup()
    {
        var handler = new CannedResponseHandler(request =>
            (request.RequestUri!.AbsolutePath.EndsWith("/token", StringComparison.Ordinal) ? LoginResponse : CreateResponse, "application/json"));
        _http = new HttpClient(handler) { BaseAddress = Base };
        _client = new CrmApiClient(
            new HttpClient(handler) { BaseAddress = Base },
            new CrmApiClientOptions { BaseAddress = Base, Username = "api-user", Password = "p4ssw0rd-secret", Organisation = "ACME" });

        // Both log in once; the measured calls reuse the token.
        _cachedToken = Token;
        _request = Request();
        await Sdk();
    }

    [Benchmark(Baseline = true)]
    public async Task<string?> HandWritten()
    {
        var body = new BaselineCreateBody
        {
            Token = _cachedToken,
            Importance = "IMPORTANCE1",
            Priority = "3",
            TypeIdentifier = new BaselineIdentifier { Name = "Sales" },
            ContactInformationIdentifier = new BaselineIdentifier { Id = "C1" },
            Source = new BaselineSource { Type = "WEBSITE", Name = "example.com" },
        };
        using var response = await _http.PostAsJsonAsync("crmapi/rest/v2/leads/create", body, BaselineCrmJsonContext.Default.BaselineCreateBody);
        response.EnsureSuccessStatusCode();
        var envelope = await response.Content.ReadFromJsonAsync(BaselineCrmJsonContext.Default.BaselineEnvelope);
        if (envelope?.Status?.Code != "OK")
        {
            throw new InvalidOperationException(envelope?.Status?.Message);
        }

        return envelope.Data?.Id;
    }

    [Benchmark]
    public async Task<string?> Sdk()
    {
        var lead = await _client.CreateLeadAsync(new CrmCreateLeadRequestBuilder(
                CrmLeadImportance.Importance1,
                CrmLeadPriority.Priority3,
                CrmEntityIdentifier.ByName("Sales"),
                CrmContactInformationIdentifier.ById("C1"),
                CrmLeadSource.Named(CrmLeadSourceType.Website, "example.com"))
            .Build());
        return lead.Id;
    }

    /// <summary>
    /// Only the request validation <see cref="Sdk"/> runs before sending (no HTTP, no serialization), on the same request
    /// built once (as <see cref="Sdk"/> builds it): the validation part of the call, measured alone.
    /// </summary>
    [Benchmark]
    public bool ValidationOnly()
    {
        var errors = new ValidationErrorCollector();
        CrmCreateLeadRequestValidator.Instance.Validate(_request, ValidationPath.Root, errors);
        errors.ThrowIfAny();
        return errors.HasErrors;
    }

    private static CrmCreateLeadRequest Request() => new CrmCreateLeadRequestBuilder(
            CrmLeadImportance.Importance1,
            CrmLeadPriority.Priority3,
            CrmEntityIdentifier.ByName("Sales"),
            CrmContactInformationIdentifier.ById("C1"),
            CrmLeadSource.Named(CrmLeadSourceType.Website, "example.com"))
        .Build();
}
