using System.Net;
using System.Text;
using System.Text.Json;
using Leads.Sdk.Aimbase;
using Leads.Sdk.Aimbase.Models;
using Leads.Sdk.DependencyInjection;
using Leads.Sdk.Emulator;
using Microsoft.Extensions.DependencyInjection;

namespace Leads.Sdk.IntegrationTests.Aimbase;

public sealed class AimbaseClientIntegrationTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(AimbaseWireFormat.Json)]
    [InlineData(AimbaseWireFormat.Xml)]
    public async Task CreateLeadsAsync_FullyPopulatedLead_IsAcceptedByTheEmulator(AimbaseWireFormat format)
    {
        await using var emulator = await LeadsEmulator.StartAsync(cancellationToken: Ct);
        using var provider = Services(emulator, format);
        var lead = new AimbaseLeadBuilder
            {
                LeadSourceName = "Website",
                LeadTypeName = "Request Brochure",
                LeadCategoryName = "Referral Traffic",
                LastName = "O'Brien & Sons",
                CountryCode = "US",
            }
            .WithBrands("FLXR,ABC")
            .WithCommunicationOptIn(AimbaseCommunicationOptIn.OptedIn("203.0.113.7", new DateOnly(2026, 1, 2), "Web <form>"))
            .WithFirstName("Allen")
            .WithEmail("ahall@example.com")
            .WithLeadDate(new DateTimeOffset(2026, 1, 2, 10, 0, 0, TimeSpan.FromHours(-6)))
            .WithAddress1("123 Main Street")
            .WithAddress2("Suite 4")
            .WithCity("Saint Louis")
            .WithState("MO")
            .WithPostalCode("63105")
            .WithZip4("1234")
            .WithCounty("St. Louis")
            .WithCountry("United States")
            .WithHomePhone("314-555-0100")
            .WithWorkPhone("314-555-0102")
            .WithMobilePhone("314-555-0101")
            .WithFax("314-555-0103")
            .WithCompanyName("Acme")
            .WithCompanyTitle("Buyer")
            .WithCompanyExternalId("EXT-1")
            .WithCompanyUid(Guid.NewGuid())
            .WithDealer(new AimbaseDealer { DealerNumber = "100", DealerLocation = "1", DealerName = "Bob's Boats" })
            .WithDealerIds("1,2")
            .WithProduct(new AimbaseProduct { ProductCode = "100", BrandCode = "FLXR", ProductName = "Fast Boat", ProductModelYear = 2014, BrandName = "Falcon XR" })
            .WithProductIds("3")
            .WithCustom("BuyTimeFrame", "1-3 months")
            .WithComment("Call after 5 \"please\"")
            .WithConditionCode(AimbaseConditionCode.Used)
            .WithExternalId("EXT-LEAD")
            .WithProspectExternalId("EXT-PROSPECT")
            .WithMedium("email")
            .WithTerm("boats")
            .WithContent("banner")
            .WithSendLead(true)
            .WithSmsOptIn(false)
            .WithSendAutoresponder(true)
            .WithSendNurture(false)
            .WithScoreProspect(true)
            .WithLeadReroute(false)
            .WithUserUid(Guid.NewGuid())
            .WithSessionUid(Guid.NewGuid())
            .WithLeadUid(Guid.NewGuid())
            .WithProgram("Spring")
            .WithEventName("Boat Show")
            .WithLeadCampaignName("Spring 2026")
            .WithListCodes("NEWS")
            .Build();

        var result = await provider.GetRequiredService<IAimbaseClient>().CreateLeadsAsync([lead], cancellationToken: Ct);

        var record = Assert.Single(result.Leads);
        Assert.True(record.IsSuccess, string.Join("; ", record.Messages));
        Assert.Same(lead, record.Lead);
        Assert.NotNull(record.Id);
        var request = Assert.Single(emulator.Requests.All);
        Assert.Equal(format == AimbaseWireFormat.Xml ? "application/xml; charset=utf-8" : "application/json; charset=utf-8", request.Headers["Content-Type"]);
    }

    [Theory]
    [InlineData(AimbaseWireFormat.Json)]
    [InlineData(AimbaseWireFormat.Xml)]
    public async Task CreateLeadsAsync_PartialFailureBatch_ReportsEveryLeadInOrder(AimbaseWireFormat format)
    {
        await using var emulator = await LeadsEmulator.StartAsync(cancellationToken: Ct);
        using var provider = Services(emulator, format, AimbaseInvalidLeadHandling.SendValidLeads);
        var accepted = Lead("Website", "Hall");
        var clientRejected = Lead("Website", lastName: string.Empty);
        var serverRejected = Lead("Billboard", "Stone");

        var result = await provider.GetRequiredService<IAimbaseClient>().CreateLeadsAsync([accepted, clientRejected, serverRejected], cancellationToken: Ct);

        Assert.Equal([accepted, clientRejected, serverRejected], result.Leads.Select(r => r.Lead));
        Assert.Equal([AimbaseLeadStatus.Success, AimbaseLeadStatus.Failure, AimbaseLeadStatus.Failure], result.Leads.Select(r => r.Status));
        Assert.True(result.Leads[1].IsClientSideFailure);
        Assert.Equal("Leads[1].LastName", Assert.Single(result.Leads[1].Messages).Field);
        Assert.False(result.Leads[2].IsClientSideFailure);
        Assert.Equal("LeadSourceName", Assert.Single(result.Leads[2].Messages).Field);
        Assert.Equal(1, emulator.Requests.Count("POST", "/marketing/api/lead"));
    }

    [Fact]
    public async Task CreateLeadsAsync_WrongToken_ThrowsAuthenticationExceptionWithoutTheToken()
    {
        await using var emulator = await LeadsEmulator.StartAsync(cancellationToken: Ct);
        using var provider = Services(emulator, AimbaseWireFormat.Json, configure: o => o.ApiToken = "wrong-secret-token");

        var exception = await Assert.ThrowsAsync<LeadsAuthenticationException>(
            () => provider.GetRequiredService<IAimbaseClient>().CreateLeadsAsync([Lead("Website", "Hall")], cancellationToken: Ct));

        Assert.Equal(HttpStatusCode.Unauthorized, exception.StatusCode);
        Assert.DoesNotContain("wrong-secret-token", exception.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(AimbaseWireFormat.Json)]
    [InlineData(AimbaseWireFormat.Xml)]
    public async Task CreateLeadsAsync_UnknownManufacturer_Throws400WithTheServersMessage(AimbaseWireFormat format)
    {
        await using var emulator = await LeadsEmulator.StartAsync(cancellationToken: Ct);
        using var provider = Services(emulator, format);

        var exception = await Assert.ThrowsAsync<LeadsApiException>(
            () => provider.GetRequiredService<IAimbaseClient>().CreateLeadsAsync([Lead("Website", "Hall")], "NOPE", Ct));

        Assert.Equal(HttpStatusCode.BadRequest, exception.StatusCode);
        Assert.Equal("The manufacturer 'NOPE' is not valid.", exception.ErrorMessage);
    }

    [Fact]
    public async Task CreateLeadsAsync_ImportFails_ThrowsServerExceptionAndDoesNotResendThePost()
    {
        await using var emulator = await LeadsEmulator.StartAsync(cancellationToken: Ct);
        emulator.Options.Aimbase.SimulateImportFailure = true;
        using var provider = Services(emulator, AimbaseWireFormat.Json);

        await Assert.ThrowsAsync<LeadsServerException>(
            () => provider.GetRequiredService<IAimbaseClient>().CreateLeadsAsync([Lead("Website", "Hall")], cancellationToken: Ct));

        Assert.Equal(1, emulator.Requests.Count("POST", "/marketing/api/lead"));
    }

    [Fact]
    public async Task Emulator_DocsXmlExampleWithAnUndocumentedField_FailsOnlyForThatField()
    {
        await using var emulator = await LeadsEmulator.StartAsync(cancellationToken: Ct);
        using var http = new HttpClient { BaseAddress = emulator.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Post, "marketing/api/lead?manufacturer=EMU")
        {
            Content = new StringContent(
                """<Leads xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><Lead><LeadApiIdentifier>x</LeadApiIdentifier><LeadSourceName>Website</LeadSourceName><LeadTypeName>Request Brochure</LeadTypeName><LeadCategoryName>Referral Traffic</LeadCategoryName><LastName>Hall</LastName><CountryCode>US</CountryCode><IsCommunicationOptIn xsi:nil="true"/><Colour>red</Colour></Lead></Leads>""",
                Encoding.UTF8,
                "application/xml"),
        };
        request.Headers.TryAddWithoutValidation("Authenticate", $"Avala-Api {emulator.Options.Aimbase.Username}:{emulator.Options.Aimbase.ApiToken}");

        using var response = await http.SendAsync(request, Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Contains("<Status>Failure</Status>", body, StringComparison.Ordinal);
        // Brands and IsCommunicationOptIn are empty as in the doc's own example, which the emulator accepts by default.
        Assert.DoesNotContain("<Field>Brands</Field>", body, StringComparison.Ordinal);
        Assert.DoesNotContain("<Field>IsCommunicationOptIn</Field>", body, StringComparison.Ordinal);
        Assert.Contains("<Field>Colour</Field>", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddAimbaseClient_NamedClients_UseTheirOwnFormat()
    {
        await using var emulator = await LeadsEmulator.StartAsync(cancellationToken: Ct);
        var services = new ServiceCollection();
        services.AddAimbaseClient("json", o => UseEmulator(o, emulator));
        services.AddAimbaseClient("xml", o =>
        {
            UseEmulator(o, emulator);
            o.Format = AimbaseWireFormat.Xml;
        });
        using var provider = services.BuildServiceProvider();
        var factory = provider.GetRequiredService<ILeadsClientFactory<IAimbaseClient>>();

        await factory.CreateClient("json").CreateLeadsAsync([Lead("Website", "Hall")], cancellationToken: Ct);
        await factory.CreateClient("xml").CreateLeadsAsync([Lead("Website", "Hall")], cancellationToken: Ct);

        Assert.Equal(["application/json", "application/xml"], emulator.Requests.All.Select(r => r.Headers["Content-Type"].Split(';')[0]));
    }

    [Theory]
    [InlineData(AimbaseWireFormat.Json, "application/json; charset=utf-8")]
    [InlineData(AimbaseWireFormat.Xml, "application/xml; charset=utf-8")]
    public async Task CreateLeadsAsync_Success_RawResponseHasTheStatusAndHeadersOfTheAnswer(AimbaseWireFormat format, string contentType)
    {
        await using var emulator = await LeadsEmulator.StartAsync(cancellationToken: Ct);
        using var provider = Services(emulator, format);

        var result = await provider.GetRequiredService<IAimbaseClient>().CreateLeadsAsync([Lead("Website", "Hall")], cancellationToken: Ct);

        Assert.NotNull(result.RawResponse);
        Assert.Equal(HttpStatusCode.Created, result.RawResponse.StatusCode);
        Assert.Equal(contentType, result.RawResponse.GetHeaderValue("Content-Type"));
    }

    [Fact]
    public async Task CreateLeadsAsync_CredentialsRefused_ErrorDetailsCarryTheStatus()
    {
        await using var emulator = await LeadsEmulator.StartAsync(cancellationToken: Ct);
        using var provider = Services(emulator, AimbaseWireFormat.Json, configure: o => o.ApiToken = "not-the-token");

        var exception = await Assert.ThrowsAsync<LeadsAuthenticationException>(
            () => provider.GetRequiredService<IAimbaseClient>().CreateLeadsAsync([Lead("Website", "Hall")], cancellationToken: Ct));

        // TODO(issue 15): read exception.Details.Response (status and Content-Type) once Core's LeadsApiErrorDetails.Response is on main.
        Assert.Equal(HttpStatusCode.Unauthorized, exception.Details.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, exception.Details.Response?.StatusCode);
        Assert.StartsWith("application/json", exception.Details.Response?.GetHeaderValue("Content-Type"), StringComparison.Ordinal);
        Assert.Equal("Authorization has been denied for this request.", exception.Details.ErrorMessage);
    }

    [Theory]
    [InlineData(AimbaseWireFormat.Json, JsonValueKind.Number, "2")]
    [InlineData(AimbaseWireFormat.Xml, JsonValueKind.String, "2")]
    public async Task CreateLeadsAsync_ExtraFieldsTheServerKnows_AreSentAndTheRecordsUnknownFieldsAreRead(AimbaseWireFormat format, JsonValueKind numberKind, string numberText)
    {
        await using var emulator = await LeadsEmulator.StartAsync(cancellationToken: Ct);
        emulator.Options.Aimbase.UndocumentedLeadFields.Add("PreferredContactTime");
        emulator.Options.Aimbase.UndocumentedLeadFields.Add("BoatsOwned");
        using var provider = Services(emulator, format);
        var lead = new AimbaseLeadBuilder
            {
                LeadSourceName = "Website",
                LeadTypeName = "Request Brochure",
                LeadCategoryName = "Referral Traffic",
                LastName = "Hall",
                CountryCode = "US",
            }
            .WithAdditionalField("PreferredContactTime", "after 5 & <weekends>")
            .WithAdditionalField("BoatsOwned", 2)
            .Build();

        var result = await provider.GetRequiredService<IAimbaseClient>().CreateLeadsAsync([lead], cancellationToken: Ct);

        // The emulator accepts only fields it was told about, and echoes each in the lead's record (its XML docs say so).
        var record = Assert.Single(result.Leads);
        Assert.True(record.IsSuccess, string.Join("; ", record.Messages));
        Assert.Equal("after 5 & <weekends>", record.AdditionalFields["PreferredContactTime"].GetString());
        Assert.Equal(numberKind, record.AdditionalFields["BoatsOwned"].ValueKind);
        Assert.Equal(numberText, record.AdditionalFields["BoatsOwned"].ToString());
        Assert.Equal(2, record.AdditionalFields.Count);
    }

    [Fact]
    public async Task CreateLeadsAsync_ExtraFieldTheServerDoesNotKnow_IsSentAndTheServersRefusalReported()
    {
        await using var emulator = await LeadsEmulator.StartAsync(cancellationToken: Ct);
        using var provider = Services(emulator, AimbaseWireFormat.Json);
        var lead = Lead("Website", "Hall");
        lead.AdditionalFields["Colour"] = "red";

        var result = await provider.GetRequiredService<IAimbaseClient>().CreateLeadsAsync([lead], cancellationToken: Ct);

        var message = Assert.Single(Assert.Single(result.Failed).Messages);
        Assert.Equal("Colour", message.Field);
        Assert.Equal("The field Colour is not a documented field.", message.Message);
    }

    private static AimbaseLead Lead(string source, string lastName)
        => new AimbaseLeadBuilder
            {
                LeadSourceName = source,
                LeadTypeName = "Request Brochure",
                LeadCategoryName = "Referral Traffic",
                LastName = lastName,
                CountryCode = "US",
            }
            .WithBrands("FLXR")
            .WithCommunicationOptIn(AimbaseCommunicationOptIn.NotOptedIn)
            .Build();

    private static ServiceProvider Services(
        LeadsEmulator emulator,
        AimbaseWireFormat format,
        AimbaseInvalidLeadHandling handling = AimbaseInvalidLeadHandling.RejectBatch,
        Action<AimbaseClientOptions>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddAimbaseClient(o =>
        {
            UseEmulator(o, emulator);
            o.Format = format;
            o.InvalidLeadHandling = handling;
            configure?.Invoke(o);
        });
        return services.BuildServiceProvider();
    }

    private static void UseEmulator(AimbaseClientOptions options, LeadsEmulator emulator)
    {
        options.BaseAddress = emulator.BaseAddress;
        options.AllowInsecureHttp = true;
        options.Username = emulator.Options.Aimbase.Username;
        options.ApiToken = emulator.Options.Aimbase.ApiToken;
        options.DefaultManufacturerCode = emulator.Options.Aimbase.ManufacturerCode;
    }
}
