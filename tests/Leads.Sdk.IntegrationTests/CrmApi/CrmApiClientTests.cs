using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Leads.Sdk.CrmApi;
using Leads.Sdk.CrmApi.Models;
using Leads.Sdk.Emulator;
using Leads.Sdk.Emulator.CrmApi;
using Leads.Sdk.Emulator.Faults;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Leads.Sdk.IntegrationTests.CrmApi;

public sealed class CrmApiClientTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CreateLeadAsync_EveryFieldAgainstEmulator_EmulatorAcceptsAndReturnsPendingLead()
    {
        await using var emulator = await LeadsEmulator.StartAsync(cancellationToken: Ct);
        using var provider = Services(emulator);
        var client = provider.GetRequiredService<ICrmApiClient>();
        var date = new DateTimeOffset(2026, 3, 1, 9, 30, 0, TimeSpan.FromHours(2));
        var request = new CrmCreateLeadRequestBuilder(
                CrmLeadImportance.Importance5,
                CrmLeadPriority.Priority1,
                CrmEntityIdentifier.ByName("Sales"),
                CrmContactInformationIdentifier.BySocialSecurityNumber("SSN-1"),
                new CrmLeadSource { Type = CrmLeadSourceType.RecommendedByPartner, RecommendedByPartner = CrmAccountsReceivableIdentifier.ByNumber("AR-9") })
            .WithContactEmail("maria@example.com").WithContactPhone("+35799123456")
            .WithAccountsReceivable(CrmAccountsReceivableIdentifier.ById("AR1"))
            .WithDescription("Everything").WithProbabilityToWin(55).WithTargetAmount(99.5m)
            .WithStatus(CrmEntityIdentifier.ByName("New")).WithLostReason(CrmEntityIdentifier.ById("L1")).WithCategory(CrmEntityIdentifier.ByAlternativeCode("C"))
            .WithOwnedByGroup(CrmEntityIdentifier.ByName("G")).WithPrivacyLevel(CrmEntityIdentifier.ByName("P")).WithLeadOwner(CrmUserIdentifier.ByUsername("owner"))
            .WithUdfString(8, "s8").WithUdfFloat(4, 4.5).WithUdfDate(4, date).WithStartDate(date).WithExpectedCompletionDate(date.AddDays(3))
            .WithEstimatedCompletionTime(3, CrmTimePeriodUnit.Days).WithAssignedTo(null, CrmEntityIdentifier.ByName("Team"))
            .AddCompetitor(CrmEntityIdentifier.ByName("Rival")).AddUser(CrmUserIdentifier.ById("U1")).AddProduct(CrmProductIdentifier.ByCode("P1"))
            .AddService(CrmProductIdentifier.ByCode("S1")).AddPhysicalGood(CrmProductIdentifier.ById("G1")).WithSubscriptionPackage(CrmProductIdentifier.ByCode("PKG"))
            .Build();

        var lead = await client.CreateLeadAsync(request, Ct);

        Assert.Equal(CrmLeadLifeCycleState.Pending, lead.LifeCycleState);
        Assert.Matches("^[0-9a-f]{32}$", lead.Id);
        Assert.Equal(CrmLeadImportance.Importance5, lead.Importance);
        Assert.Equal(CrmLeadPriority.Priority1, lead.Priority);
        Assert.Equal(date, lead.StartDate);
        Assert.Equal(4.5, lead.UdfFloat4);
        Assert.Single(emulator.CrmApi().Leads);
    }

    [Fact]
    public async Task CreateLeadAsync_TokensExpiredByEmulator_LogsInAgainByItselfAndCreatesOnce()
    {
        await using var emulator = await LeadsEmulator.StartAsync(cancellationToken: Ct);
        using var provider = Services(emulator);
        var client = provider.GetRequiredService<ICrmApiClient>();
        await client.CreateLeadAsync(Minimal(), Ct);

        emulator.CrmApi().ExpireAllTokens();
        await client.CreateLeadAsync(Minimal(), Ct);

        Assert.Equal(2, emulator.CrmApi().LoginCount);
        Assert.Equal(2, emulator.CrmApi().Leads.Count);
        Assert.Equal(3, emulator.Requests.Count("POST", "/crmapi/rest/v2/leads/create"));
    }

    [Fact]
    public async Task CreateLeadAsync_FieldsSet_ReturnsOnlyRequestedFields()
    {
        await using var emulator = await LeadsEmulator.StartAsync(cancellationToken: Ct);
        using var provider = Services(emulator);
        var request = Minimal();
        request.FieldsSet = ["id", "number"];

        var lead = await provider.GetRequiredService<ICrmApiClient>().CreateLeadAsync(request, Ct);

        Assert.NotNull(lead.Id);
        Assert.NotNull(lead.Number);
        Assert.Null(lead.LifeCycleState);
        Assert.Null(lead.Importance);
    }

    [Fact]
    public async Task CreateLeadAsync_WebApiKeyLogin_CreatesLead()
    {
        await using var emulator = await LeadsEmulator.StartAsync(cancellationToken: Ct);
        using var provider = Services(emulator, o => (o.Username, o.Password, o.Organisation, o.WebApiKey) = (null, null, null, emulator.Options.CrmApi.WebApiKey));

        var lead = await provider.GetRequiredService<ICrmApiClient>().CreateLeadAsync(Minimal(), Ct);

        Assert.NotNull(lead.Id);
        Assert.Equal(1, emulator.Requests.Count("POST", "/crmapi/rest/v2/authentication/web_api_key/token"));
    }

    [Fact]
    public async Task CreateLeadAsync_WrongPassword_ThrowsAuthenticationExceptionAndCreatesNothing()
    {
        await using var emulator = await LeadsEmulator.StartAsync(cancellationToken: Ct);
        using var provider = Services(emulator, o => o.Password = "wrong-password");

        var exception = await Assert.ThrowsAsync<LeadsAuthenticationException>(() => provider.GetRequiredService<ICrmApiClient>().CreateLeadAsync(Minimal(), Ct));

        Assert.Equal("COM.CRM.EXCEPTIONS.INVALIDLOGINEXCEPTION", exception.ErrorCode);
        Assert.DoesNotContain("wrong-password", exception.ToString(), StringComparison.Ordinal);
        Assert.Empty(emulator.CrmApi().Leads);
    }

    [Fact]
    public async Task Emulator_LeadsCreateWithBadBody_AnswersCrmErrorEnvelope()
    {
        await using var emulator = await LeadsEmulator.StartAsync(cancellationToken: Ct);
        using var http = new HttpClient { BaseAddress = emulator.BaseAddress };
        var login = await http.PostAsJsonAsync(
            "crmapi/rest/v2/authentication/token",
            new { username = emulator.Options.CrmApi.Username, password = emulator.Options.CrmApi.Password, organisation = emulator.Options.CrmApi.Organisation },
            Ct);
        var token = JsonNode.Parse(await login.Content.ReadAsStringAsync(Ct))!["data"]!["token"]!.GetValue<string>();

        var response = await http.PostAsJsonAsync("crmapi/rest/v2/leads/create", new { token, importance = "HIGH", type_identifier = new { id = "1", name = "x" } }, Ct);
        var status = JsonNode.Parse(await response.Content.ReadAsStringAsync(Ct))!["status"]!;

        Assert.Equal("COM.CRM.EXCEPTIONS.MANDATORYFIELDEXCEPTION", status["code"]!.GetValue<string>());
        var description = status["description"]!.GetValue<string>();
        Assert.Contains("priority is mandatory", description, StringComparison.Ordinal);
        Assert.Contains("importance must be one of", description, StringComparison.Ordinal);
        Assert.Contains("type_identifier must hold exactly one of", description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateLeadAsync_ContactUnderCorrectedNameInAdditionalFields_EmulatorExpectingThatNameAccepts()
    {
        // A server that takes the contact under "contact_information", not the SDK's inferred name.
        var options = new LeadsEmulatorOptions();
        options.CrmApi.ContactInformationFieldName = "contact_information";
        await using var emulator = await LeadsEmulator.StartAsync(options, Ct);
        using var provider = Services(emulator);
        var client = provider.GetRequiredService<ICrmApiClient>();
        var request = Minimal();
        request.ContactInformation = null;
        request.AdditionalFields["contact_information"] = new JsonObject { ["id_number"] = "K-482913" };

        var lead = await client.CreateLeadAsync(request, Ct);

        Assert.Matches("^[0-9a-f]{32}$", lead.Id);
        var stored = Assert.Single(emulator.CrmApi().Leads);
        Assert.Equal("""{"id_number":"K-482913"}""", stored["contact_information"]!.ToJsonString());
    }

    [Fact]
    public async Task CreateLeadAsync_ContactUnderInferredNameToEmulatorExpectingAnother_EmulatorRefusesIt()
    {
        // The same server refuses the SDK's inferred name: without AdditionalFields this lead could not be sent.
        var options = new LeadsEmulatorOptions();
        options.CrmApi.ContactInformationFieldName = "contact_information";
        await using var emulator = await LeadsEmulator.StartAsync(options, Ct);
        using var provider = Services(emulator);

        var exception = await Assert.ThrowsAsync<LeadsApiException>(() => provider.GetRequiredService<ICrmApiClient>().CreateLeadAsync(Minimal(), Ct));

        Assert.Equal("COM.CRM.EXCEPTIONS.MANDATORYFIELDEXCEPTION", exception.ErrorCode);
        Assert.Empty(emulator.CrmApi().Leads);
    }

    [Fact]
    public async Task CreateLeadAsync_EmulatorAddsFieldTheModelDoesNotKnow_ResultKeepsItInAdditionalFields()
    {
        var options = new LeadsEmulatorOptions { TimeProvider = new FakeTimeProvider(new DateTimeOffset(2031, 5, 4, 10, 15, 0, TimeSpan.Zero)) };
        options.CrmApi.IssueJwtTokens = false;
        await using var emulator = await LeadsEmulator.StartAsync(options, Ct);
        using var provider = Services(emulator);

        var lead = await provider.GetRequiredService<ICrmApiClient>().CreateLeadAsync(Minimal(), Ct);

        var log = lead.AdditionalFields["log_information"];
        Assert.Equal("2031-05-04T10:15:00+00:00", log.GetProperty("created_date").GetString());
        Assert.DoesNotContain("id", lead.AdditionalFields.Keys);
    }

    [Fact]
    public async Task CreateLeadAsync_Success_RawResponseHasStatusAndContentType()
    {
        await using var emulator = await LeadsEmulator.StartAsync(cancellationToken: Ct);
        using var provider = Services(emulator);

        var lead = await provider.GetRequiredService<ICrmApiClient>().CreateLeadAsync(Minimal(), Ct);

        Assert.NotNull(lead.RawResponse);
        Assert.Equal(HttpStatusCode.OK, lead.RawResponse.StatusCode);
        Assert.Equal("application/json; charset=utf-8", lead.RawResponse.GetHeaderValue("Content-Type"));
    }

    [Fact]
    public async Task CreateLeadAsync_HttpErrorWithHeaders_ExceptionCarriesStatus()
    {
        await using var emulator = await LeadsEmulator.StartAsync(cancellationToken: Ct);
        using var provider = Services(emulator);
        var client = provider.GetRequiredService<ICrmApiClient>();
        emulator.Faults.Next(
            "/crmapi/rest/v2/leads/create",
            EmulatorFault.Status(
                HttpStatusCode.BadRequest,
                """{"status":{"code":"COM.CRM.EXCEPTIONS.INVALIDVALUEEXCEPTION","message":"Bad lead","description":"Bad lead"},"data":null}""",
                headers: new Dictionary<string, string> { ["X-Request-Id"] = "crm-req-400" }));

        var exception = await Assert.ThrowsAsync<LeadsApiException>(() => client.CreateLeadAsync(Minimal(), Ct));

        Assert.Equal(HttpStatusCode.BadRequest, exception.StatusCode);
        Assert.Equal("COM.CRM.EXCEPTIONS.INVALIDVALUEEXCEPTION", exception.ErrorCode);
        Assert.Equal("crm-req-400", exception.Details.Response?.RequestId);
        Assert.StartsWith("application/json", exception.Details.Response?.GetHeaderValue("Content-Type"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateLeadAsync_ErrorEnvelopeWithHttp200_ExceptionCarriesStatus200()
    {
        await using var emulator = await LeadsEmulator.StartAsync(cancellationToken: Ct);
        using var provider = Services(emulator);
        var request = Minimal();
        request.AdditionalFields["not_a_crm_field"] = 1;

        var exception = await Assert.ThrowsAsync<LeadsApiException>(() => provider.GetRequiredService<ICrmApiClient>().CreateLeadAsync(request, Ct));

        Assert.Equal(HttpStatusCode.OK, exception.StatusCode);
        Assert.Equal(HttpStatusCode.OK, exception.Details.Response?.StatusCode);
        Assert.Equal("COM.CRM.EXCEPTIONS.INVALIDVALUEEXCEPTION", exception.ErrorCode);
        Assert.Equal("not_a_crm_field is not a field of leads/create.", exception.ErrorMessage);
    }

    private static CrmCreateLeadRequest Minimal() => new CrmCreateLeadRequestBuilder(
            CrmLeadImportance.Importance2,
            CrmLeadPriority.Priority2,
            CrmEntityIdentifier.ByName("Sales"),
            CrmContactInformationIdentifier.ById("C1"),
            CrmLeadSource.Named(CrmLeadSourceType.Other, "Walk-in"))
        .Build();

    private static ServiceProvider Services(LeadsEmulator emulator, Action<CrmApiClientOptions>? change = null)
    {
        var services = new ServiceCollection();
        var credentials = emulator.Options.CrmApi;
        services.AddCrmApiClient(o =>
        {
            o.BaseAddress = emulator.BaseAddress;
            o.AllowInsecureHttp = true;
            o.Username = credentials.Username;
            o.Password = credentials.Password;
            o.Organisation = credentials.Organisation;
            change?.Invoke(o);
        });
        return services.BuildServiceProvider();
    }
}
