using System.Net;
using System.Text;
using Leads.Sdk.Aimbase.OData.Models;
using Leads.Sdk.Aimbase.OData.Query;
using Microsoft.Extensions.DependencyInjection;
using RichardSzalay.MockHttp;

namespace Leads.Sdk.Aimbase.OData.Tests;

public sealed class AimbaseODataClientTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task GetLeadAsync_NestedExpand_SendsDocumentedUrlWithLiteralDollar()
    {
        using var mock = new MockHttpMessageHandler();
        string? sent = null;
        mock.When("*").Respond(request =>
        {
            sent = request.RequestUri!.AbsoluteUri;
            return Json(TestClient.Read("lead-expanded-all.json"));
        });
        var client = TestClient.Create(mock);

        await client.GetLeadAsync(
            302383,
            new ODataExpand<AimbaseODataLead>().Expand(l => l.Prospect).Expand(l => l.Dealer).Expand(l => l.Product, p => p.Expand(x => x.Brand).Expand(x => x.ProductCategory)),
            Token);

        Assert.Equal("https://acme.aimbase.com/odata/V2/Leads(302383)?$expand=Prospect,Dealer,Product($expand=Brand,ProductCategory)", sent);
    }

    [Fact]
    public async Task GetLeadAsync_ThroughDependencyInjection_SendsAvalaApiAuthenticateHeader()
    {
        using var mock = new MockHttpMessageHandler();
        mock.Expect(HttpMethod.Get, TestClient.Base + "odata/V2/Leads(114)")
            .WithHeaders("Authenticate", "Avala-Api api-user:secret-token-123")
            .Respond(_ => Json(TestClient.Read("lead-expanded-prospect.json")));
        var services = new ServiceCollection();
        services.AddAimbaseODataClient(o =>
        {
            o.BaseAddress = new Uri(TestClient.Base);
            o.Username = "api-user";
            o.ApiToken = "secret-token-123";
        }).ConfigurePrimaryHttpMessageHandler(() => mock);
        await using var provider = services.BuildServiceProvider();

        var lead = await provider.GetRequiredService<IAimbaseODataClient>().GetLeadAsync(114, cancellationToken: Token);

        Assert.Equal(114, lead.Id);
        mock.VerifyNoOutstandingExpectation();
    }

    [Fact]
    public async Task GetLeadAsync_DocExampleExpandedByProspect_ReadsEveryField()
    {
        using var mock = new MockHttpMessageHandler();
        mock.When("*").Respond(_ => Json(TestClient.Read("lead-expanded-prospect.json")));

        var lead = await TestClient.Create(mock).GetLeadAsync(114, cancellationToken: Token);

        Assert.Equal(114, lead.Id);
        Assert.Equal("1481995", lead.ExternalId);
        Assert.Equal(Guid.Parse("cc16dda6-8c50-483b-a928-cc506817cc33"), lead.LeadUid);
        Assert.Equal(new DateTimeOffset(2016, 8, 29, 15, 31, 1, TimeSpan.FromHours(-5)), lead.LeadDate);
        Assert.Equal(new DateTimeOffset(2016, 11, 22, 0, 14, 41, 470, TimeSpan.FromHours(-6)), lead.CreateDate);
        Assert.Null(lead.ViewedDate);
        Assert.Equal("Contacted", lead.FollowUpStatusCode);
        Assert.Equal("Pending", lead.LeadStatusCode);
        Assert.True(lead.IsQualified);
        Assert.True(lead.Customs!.ContainsKey("BuyTimeFrame"));
        Assert.Null(lead.Customs["Comment"]);
        Assert.Empty(lead.Metadata!);
        var prospect = lead.Prospect!;
        Assert.Equal("Jane", prospect.LastName);
        Assert.Equal("93023     ", prospect.PostalCode);
        Assert.Equal(34.448123, prospect.Latitude);
        Assert.Equal(2885537, prospect.LegacyCustomerId);
        Assert.False(prospect.IsPhoneRefused);
        Assert.Null(prospect.Company);
    }

    [Fact]
    public async Task GetLeadAsync_DocExampleFullyExpanded_ReadsNestedEntitiesAndUnlistedFields()
    {
        using var mock = new MockHttpMessageHandler();
        mock.When("*").Respond(_ => Json(TestClient.Read("lead-expanded-all.json")));

        var lead = await TestClient.Create(mock).GetLeadAsync(82540, cancellationToken: Token);

        Assert.Equal(250.101206129, lead.DealerDistanceMiles);
        Assert.Equal("Preassigned", lead.DealerMatchType);
        Assert.Equal("S", lead.ConditionCode);
        Assert.Equal("Phone", lead.Customs!["AppointmentMethod"]);
        Assert.Equal("Yes", lead.Prospect!.Customs!["ExampleProspectCustomField1"]);
        Assert.Equal("aaron.harris@infintymarine.com", lead.Dealer!.Email);
        Assert.Equal(1402, lead.Dealer.UpdateAccountId);
        Assert.Equal("Infinity Yachts", lead.Product!.Brand!.Name);
        Assert.Equal("BLANK", lead.Product.ProductCategory!.FlattenedName);
        Assert.Equal(0, lead.Product.ModelYear);
    }

    [Fact]
    public async Task GetLeadAsync_UnknownPropertiesAndStringNumbers_AreTolerated()
    {
        using var mock = new MockHttpMessageHandler();
        mock.When("*").Respond(_ => Json("""{"id":"7","Brand New Field":{"x":[1]},"isactive":"True","Customs":{"Count":3,"Flag":true}}"""));

        var lead = await TestClient.Create(mock).GetLeadAsync(7, cancellationToken: Token);

        Assert.Equal(7, lead.Id);
        Assert.True(lead.IsActive);
        Assert.Equal("3", lead.Customs!["Count"]);
        Assert.Equal("true", lead.Customs["Flag"]);
    }

    [Fact]
    public async Task GetLeadAsync_404WithODataError_ThrowsNotFoundWithCodeAndMessage()
    {
        using var mock = new MockHttpMessageHandler();
        mock.When("*").Respond(HttpStatusCode.NotFound, "application/json", """{"error":{"code":"NotFound","message":"Lead 9 not found."}}""");

        var exception = await Assert.ThrowsAsync<LeadsNotFoundException>(() => TestClient.Create(mock).GetLeadAsync(9, cancellationToken: Token));

        Assert.Equal("NotFound", exception.ErrorCode);
        Assert.Equal("Lead 9 not found.", exception.ErrorMessage);
    }

    [Fact]
    public async Task ListLeadsAsync_LegacyODataErrorBody_ThrowsWithCodeAndMessage()
    {
        using var mock = new MockHttpMessageHandler();
        mock.When("*").Respond(HttpStatusCode.BadRequest, "application/json", """{"odata.error":{"code":"InvalidFilter","message":{"lang":"en-US","value":"Bad $filter."}}}""");

        var exception = await Assert.ThrowsAsync<LeadsApiException>(async () =>
        {
            await foreach (var _ in TestClient.Create(mock).ListLeadsAsync(cancellationToken: Token))
            {
            }
        });

        Assert.Equal(HttpStatusCode.BadRequest, exception.StatusCode);
        Assert.Equal("InvalidFilter", exception.ErrorCode);
        Assert.Equal("Bad $filter.", exception.ErrorMessage);
    }

    [Fact]
    public async Task GetLeadAsync_401_ThrowsAuthenticationWithoutTheToken()
    {
        using var mock = new MockHttpMessageHandler();
        mock.When("*").Respond(HttpStatusCode.Unauthorized, "application/json", """{"error":{"code":"Unauthorized","message":"token secret-token-123 expired"}}""");

        var exception = await Assert.ThrowsAsync<LeadsAuthenticationException>(() => TestClient.Create(mock).GetLeadAsync(1, cancellationToken: Token));

        Assert.DoesNotContain("secret-token-123", exception.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UpdateLeadAsync_SomeFieldsSet_SendsOnlyThoseIncludingExplicitNull()
    {
        using var mock = new MockHttpMessageHandler();
        string? body = null;
        mock.Expect(HttpMethod.Patch, TestClient.Base + "odata/V2/Leads(114)").Respond(async request =>
        {
            body = await request.Content!.ReadAsStringAsync();
            Assert.Equal("application/json", request.Content.Headers.ContentType!.MediaType);
            return new HttpResponseMessage(HttpStatusCode.NoContent);
        });

        await TestClient.Create(mock).UpdateLeadAsync(114, new AimbaseODataLeadPatch { Medium = "Medium", LeadCampaignCode = null }, Token);

        Assert.Equal("""{"Medium":"Medium","LeadCampaignCode":null}""", body);
        mock.VerifyNoOutstandingExpectation();
    }

    [Fact]
    public async Task UpdateLeadAsync_DateAndCustoms_WritesIsoWithOffsetAndObjects()
    {
        using var mock = new MockHttpMessageHandler();
        string? body = null;
        mock.When("*").Respond(async request =>
        {
            body = await request.Content!.ReadAsStringAsync();
            return new HttpResponseMessage(HttpStatusCode.NoContent);
        });
        var patch = new AimbaseODataLeadPatch
        {
            LeadDate = new DateTimeOffset(2025, 6, 4, 10, 37, 0, 293, TimeSpan.FromHours(-5)),
            Customs = new Dictionary<string, string?> { ["PurchaseTimeframe"] = "Now" },
            Metadata = null,
        };

        await TestClient.Create(mock).UpdateLeadAsync(82540, patch, Token);

        Assert.Equal("""{"LeadDate":"2025-06-04T10:37:00.293-05:00","Customs":{"PurchaseTimeframe":"Now"},"Metadata":null}""", body);
    }

    [Fact]
    public async Task UpdateLeadAsync_InvalidPatch_ThrowsEveryErrorAndSendsNothing()
    {
        using var mock = new MockHttpMessageHandler();
        var request = mock.When("*").Respond(HttpStatusCode.NoContent);
        var patch = new AimbaseODataLeadPatch { Event = new string('e', 51), Medium = new string('m', 201), ConditionCode = "X", LeadDate = null };

        var exception = await Assert.ThrowsAsync<LeadsValidationException>(() => TestClient.Create(mock).UpdateLeadAsync(1, patch, Token));

        Assert.Equal(["LeadDate", "Event", "Medium", "ConditionCode"], exception.Errors.Select(e => e.Path));
        Assert.Equal(0, mock.GetMatchCount(request));
    }

    [Fact]
    public async Task UpdateLeadAsync_EmptyPatch_ThrowsValidation()
    {
        using var mock = new MockHttpMessageHandler();

        var exception = await Assert.ThrowsAsync<LeadsValidationException>(() => TestClient.Create(mock).UpdateLeadAsync(1, new AimbaseODataLeadPatch(), Token));

        Assert.Single(exception.Errors);
    }

    [Fact]
    public async Task UpdateLeadAsync_400ForNonEditable_ThrowsWithServerMessage()
    {
        using var mock = new MockHttpMessageHandler();
        mock.When("*").Respond(HttpStatusCode.BadRequest, "application/json", """{"error":{"code":"BadRequest","message":"The property 'Score' cannot be updated."}}""");

        var exception = await Assert.ThrowsAsync<LeadsApiException>(() => TestClient.Create(mock).UpdateLeadAsync(1, new AimbaseODataLeadPatch { Medium = "x" }, Token));

        Assert.Equal("The property 'Score' cannot be updated.", exception.ErrorMessage);
    }

    [Fact]
    public void Constructor_MissingCredentials_ThrowsNamingEachOption()
    {
        var exception = Assert.Throws<ArgumentException>(() => new AimbaseODataClient(new HttpClient(), new AimbaseODataClientOptions { BaseAddress = new Uri(TestClient.Base) }));

        Assert.Contains("Username", exception.Message, StringComparison.Ordinal);
        Assert.Contains("ApiToken", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_ToString_DoesNotPrintToken()
    {
        Assert.DoesNotContain("secret-token-123", TestClient.Options().ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetLeadAsync_Success_LeadCarriesRawResponseWithSecretsMasked()
    {
        using var mock = new MockHttpMessageHandler();
        mock.When("*").Respond(_ =>
        {
            var response = Json("""{"Id":7,"Prospect":{"Id":3}}""");
            response.Headers.Add("X-Request-Id", "req-1");
            response.Headers.Add("X-Echo", "Avala-Api api-user:secret-token-123");
            return response;
        });

        var lead = await TestClient.Create(mock).GetLeadAsync(7, cancellationToken: Token);

        Assert.Equal(HttpStatusCode.OK, lead.RawResponse!.StatusCode);
        Assert.Equal("req-1", lead.RawResponse.RequestId);
        Assert.DoesNotContain("secret-token-123", lead.RawResponse.GetHeaderValue("X-Echo"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UpdateLeadAsync_Success_ReturnsTheRawResponse()
    {
        using var mock = new MockHttpMessageHandler();
        mock.When("*").Respond(_ =>
        {
            var response = new HttpResponseMessage(HttpStatusCode.NoContent);
            response.Headers.Add("X-Request-Id", "req-2");
            return response;
        });

        var response = await TestClient.Create(mock).UpdateLeadAsync(114, new AimbaseODataLeadPatch { Medium = "Web" }, Token);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal("req-2", response.RequestId);
    }

    private static HttpResponseMessage Json(string body)
        => new(HttpStatusCode.OK) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
}
