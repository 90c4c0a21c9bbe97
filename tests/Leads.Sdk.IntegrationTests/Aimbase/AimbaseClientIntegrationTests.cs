using System.Net;
using System.Text;
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
        var lead = new AimbaseLeadBuilder("Website", "Request Brochure", "Referral Traffic", "FLXR,ABC", "O'Brien & Sons", "US",
                AimbaseCommunicationOptIn.OptedIn("203.0.113.7", new DateOnly(2026, 1, 2), "Web <form>"))
            .WithFirstName("Allen")
            .WithEmail("ahall@example.com")
            .WithLeadDate(new DateTimeOffset(2026, 1, 2, 10, 0, 0, TimeSpan.FromHours(-6)))
            .WithAddress("123 Main Street", "Saint Louis", "MO", "63105", zip4: "1234", county: "St. Louis", country: "United States")
            .WithPhones("314-555-0100", mobilePhone: "314-555-0101")
            .WithCompany("Acme", "Buyer", "EXT-1", Guid.NewGuid())
            .WithDealer("100", "1", "Bob's Boats")
            .WithDealerIds("1,2")
            .WithProduct("100", "FLXR", "Fast Boat", 2014, "Falcon XR")
            .WithProductIds("3")
            .WithCustom("BuyTimeFrame", "1-3 months")
            .WithComment("Call after 5 \"please\"")
            .WithConditionCode(AimbaseConditionCode.Used)
            .WithExternalIds("EXT-LEAD", "EXT-PROSPECT")
            .WithUtm("email", "boats", "banner")
            .With(l =>
            {
                l.ShouldSendLead = true;
                l.IsSmsOptIn = false;
                l.ShouldSendAutoresponder = true;
                l.ShouldSendNurture = false;
                l.ShouldScoreProspect = true;
                l.CanReroute = false;
                l.UserUid = Guid.NewGuid();
                l.SessionUid = Guid.NewGuid();
                l.LeadUid = Guid.NewGuid();
                l.Program = "Spring";
                l.EventName = "Boat Show";
                l.LeadCampaignName = "Spring 2026";
                l.ListCodes = "NEWS";
            })
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
    public async Task AddAimbaseLeadClient_NamedClients_UseTheirOwnFormat()
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

    private static AimbaseLead Lead(string source, string lastName)
        => new AimbaseLeadBuilder(source, "Request Brochure", "Referral Traffic", "FLXR", lastName, "US", AimbaseCommunicationOptIn.NotOptedIn).Build();

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
