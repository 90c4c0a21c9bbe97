using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Leads.Sdk.Aimbase.OData.Models;
using RichardSzalay.MockHttp;

namespace Leads.Sdk.Aimbase.OData.Tests;

/// <summary>The escape hatch: fields the models do not know, read from answers and sent in a PATCH.</summary>
public sealed class AdditionalFieldsTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task GetLeadAsync_UnknownProperties_KeptInAdditionalFieldsOfEachEntity()
    {
        using var mock = new MockHttpMessageHandler();
        mock.When("*").Respond(_ => Json("""
            {"@odata.context":"https://acme.aimbase.com/odata/V2/$metadata#Leads/$entity","Id":7,"SalespersonName":"Pat",
             "Territory":{"Code":"NE","Ids":[1,2]},"Medium@odata.type":"#String","Medium":"Web",
             "Prospect":{"Id":3,"LastName":"Doe","LoyaltyTier":"Gold"}}
            """));

        var lead = await TestClient.Create(mock).GetLeadAsync(7, cancellationToken: Token);

        Assert.Equal(["SalespersonName", "Territory"], lead.AdditionalFields.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("Pat", lead.AdditionalFields["SalespersonName"].GetString());
        Assert.Equal("""{"Code":"NE","Ids":[1,2]}""", lead.AdditionalFields["Territory"].GetRawText());
        Assert.Equal("Web", lead.Medium);
        Assert.Equal("Gold", Assert.Single(lead.Prospect!.AdditionalFields).Value.GetString());
    }

    [Fact]
    public async Task GetLeadAsync_OnlyKnownProperties_AdditionalFieldsEmptyNotNull()
    {
        using var mock = new MockHttpMessageHandler();
        mock.When("*").Respond(_ => Json("""{"Id":7,"Prospect":{"Id":3}}"""));

        var lead = await TestClient.Create(mock).GetLeadAsync(7, cancellationToken: Token);

        Assert.Empty(lead.AdditionalFields);
        Assert.Empty(lead.Prospect!.AdditionalFields);
        Assert.Empty(new AimbaseODataDealer().AdditionalFields);
    }

    [Fact]
    public async Task UpdateLeadAsync_AdditionalFields_SentAfterTheModelFieldsAsGiven()
    {
        using var mock = new MockHttpMessageHandler();
        string? body = null;
        mock.When(HttpMethod.Patch, TestClient.Base + "odata/V2/Leads(114)").Respond(async request =>
        {
            body = await request.Content!.ReadAsStringAsync();
            return new HttpResponseMessage(HttpStatusCode.NoContent);
        });
        var patch = new AimbaseODataLeadPatch { Medium = "Web" };
        patch.AdditionalFields["SalespersonName"] = "Pat";
        patch.AdditionalFields["ExternalId"] = null;
        patch.AdditionalFields["Tags"] = new JsonArray("a", 2);

        await TestClient.Create(mock).UpdateLeadAsync(114, patch, Token);

        Assert.Equal("""{"Medium":"Web","SalespersonName":"Pat","ExternalId":null,"Tags":["a",2]}""", body);
    }

    [Fact]
    public async Task UpdateLeadAsync_OnlyAnAdditionalField_IsSent()
    {
        using var mock = new MockHttpMessageHandler();
        mock.Expect(HttpMethod.Patch, TestClient.Base + "odata/V2/Leads(5)").WithContent("""{"SalespersonName":"Pat"}""").Respond(HttpStatusCode.NoContent);
        var patch = new AimbaseODataLeadPatch();
        patch.AdditionalFields["SalespersonName"] = "Pat";

        await TestClient.Create(mock).UpdateLeadAsync(5, patch, Token);

        mock.VerifyNoOutstandingExpectation();
    }

    [Theory]
    [InlineData("Medium")]
    [InlineData("medium")]
    [InlineData("Customs")]
    public async Task UpdateLeadAsync_AdditionalFieldNamedLikeAModelField_ThrowsValidationNothingSent(string name)
    {
        using var mock = new MockHttpMessageHandler();
        var sent = mock.When("*").Respond(HttpStatusCode.NoContent);
        var patch = new AimbaseODataLeadPatch();
        patch.AdditionalFields[name] = "x";

        var exception = await Assert.ThrowsAsync<LeadsValidationException>(() => TestClient.Create(mock).UpdateLeadAsync(1, patch, Token));

        Assert.Contains(exception.Errors, e => e.Path.Contains($"AdditionalFields[{name}]", StringComparison.Ordinal));
        Assert.Equal(0, mock.GetMatchCount(sent));
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public async Task UpdateLeadAsync_AdditionalFieldJsonCannotCarry_ThrowsValidationNothingSent(double value)
    {
        using var mock = new MockHttpMessageHandler();
        var sent = mock.When("*").Respond(HttpStatusCode.NoContent);
        var patch = new AimbaseODataLeadPatch { Medium = "Web" };
        patch.AdditionalFields["Ratio"] = JsonValue.Create(value);

        var exception = await Assert.ThrowsAsync<LeadsValidationException>(() => TestClient.Create(mock).UpdateLeadAsync(1, patch, Token));

        Assert.Contains(exception.Errors, e => e.Path.Contains("AdditionalFields[Ratio]", StringComparison.Ordinal));
        Assert.Equal(0, mock.GetMatchCount(sent));
    }

    private static HttpResponseMessage Json(string body)
        => new(HttpStatusCode.OK) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
}
