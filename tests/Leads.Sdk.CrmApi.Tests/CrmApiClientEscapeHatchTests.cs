using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Leads.Sdk.CrmApi.Models;
using Leads.Sdk.Validation;

namespace Leads.Sdk.CrmApi.Tests;

/// <summary>AdditionalFields both ways and the raw response of a result.</summary>
public sealed class CrmApiClientEscapeHatchTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CreateLeadAsync_AdditionalFields_WrittenAfterTheModelsFieldsInInsertionOrder()
    {
        var crm = new FakeCrm();
        var request = Requests.Minimal();
        request.AdditionalFields["lead_channel"] = "web";
        request.AdditionalFields["score"] = 7.5;
        request.AdditionalFields["tags"] = new JsonArray("a", "b");
        request.AdditionalFields["cleared"] = null;

        await crm.Client().CreateLeadAsync(request, Ct);

        Assert.Equal(
            """{"token":"opaque-token-1","importance":"IMPORTANCE1","priority":"3","type_identifier":{"name":"Sales"},"contact_information_identifier":{"id":"C1"},"source":{"type":"WEBSITE","name":"example.com"},"lead_channel":"web","score":7.5,"tags":["a","b"],"cleared":null}""",
            Assert.Single(crm.CreateBodies));
    }

    [Fact]
    public async Task CreateLeadAsync_AdditionalFieldReplacesAnInferredMandatoryName_SendsItWithoutTheModelProperty()
    {
        var crm = new FakeCrm();
        var request = Requests.Minimal();
        request.ContactInformation = null;
        request.AdditionalFields["contact_information"] = new JsonObject { ["id"] = "C1" };

        await crm.Client().CreateLeadAsync(request, Ct);

        Assert.Equal(
            """{"token":"opaque-token-1","importance":"IMPORTANCE1","priority":"3","type_identifier":{"name":"Sales"},"source":{"type":"WEBSITE","name":"example.com"},"contact_information":{"id":"C1"}}""",
            Assert.Single(crm.CreateBodies));
    }

    [Theory]
    [InlineData("contact_email")]
    [InlineData("contact_information_identifier")]
    [InlineData("source")]
    [InlineData("products_set")]
    [InlineData("udf_string_1")]
    [InlineData("token")]
    public async Task CreateLeadAsync_AdditionalFieldNamedLikeAModelField_ThrowsValidationExceptionAndSendsNothing(string name)
    {
        var crm = new FakeCrm();
        var request = Requests.Minimal();
        request.AdditionalFields[name] = "x";

        var exception = await Assert.ThrowsAsync<LeadsValidationException>(() => crm.Client().CreateLeadAsync(request, Ct));

        var error = Assert.Single(exception.Errors);
        Assert.Equal($"AdditionalFields[{name}]", error.Path);
        Assert.Equal(ValidationRules.AllowedValues, error.Rule);
        Assert.Empty(crm.CreateBodies);
        Assert.Equal(0, crm.Logins);
    }

    [Fact]
    public async Task CreateLeadAsync_AdditionalFieldDifferingOnlyInCase_IsSent()
    {
        var crm = new FakeCrm();
        var request = Requests.Minimal();
        request.AdditionalFields["Contact_Email"] = "x@example.com";

        await crm.Client().CreateLeadAsync(request, Ct);

        Assert.EndsWith(""","Contact_Email":"x@example.com"}""", Assert.Single(crm.CreateBodies), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateLeadAsync_ResponseDataWithUnknownFields_KeepsThemAsRawJson()
    {
        var crm = new FakeCrm();
        crm.EnqueueCreateJson(FakeCrm.Envelope("""{"id":"8d1e","number":"LEAD000042","log_information":{"created_date":"2026-03-01T09:30:00+02:00"},"score":12}"""));

        var lead = await crm.Client().CreateLeadAsync(Requests.Minimal(), Ct);

        Assert.Equal("8d1e", lead.Id);
        Assert.Equal(["log_information", "score"], lead.AdditionalFields.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("2026-03-01T09:30:00+02:00", lead.AdditionalFields["log_information"].GetProperty("created_date").GetString());
        Assert.Equal(12, lead.AdditionalFields["score"].GetInt32());
    }

    [Fact]
    public async Task CreateLeadAsync_ResponseDataWithOnlyKnownFields_HasEmptyAdditionalFields()
    {
        var lead = await new FakeCrm().Client().CreateLeadAsync(Requests.Minimal(), Ct);

        Assert.Empty(lead.AdditionalFields);
        Assert.Empty(new CrmCreateLeadResult().AdditionalFields);
    }

    [Fact]
    public async Task CreateLeadAsync_Success_RawResponseHasStatusAndHeaders()
    {
        var crm = new FakeCrm();
        crm.EnqueueCreate(() =>
        {
            var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(FakeCrm.Envelope(FakeCrm.LeadData), Encoding.UTF8, "application/json") };
            response.Headers.Add("X-Request-Id", "req-42");
            return response;
        });

        var lead = await crm.Client().CreateLeadAsync(Requests.Minimal(), Ct);

        Assert.NotNull(lead.RawResponse);
        Assert.Equal(HttpStatusCode.OK, lead.RawResponse.StatusCode);
        Assert.Equal("req-42", lead.RawResponse.RequestId);
        Assert.Equal("application/json; charset=utf-8", lead.RawResponse.GetHeaderValue("Content-Type"));
    }

    [Fact]
    public async Task CreateLeadAsync_HeaderEchoesSessionToken_RawResponseMasksIt()
    {
        var crm = new FakeCrm { TokenFor = n => $"session-token-{n}-0123456789abcdef" };
        crm.EnqueueCreate(() =>
        {
            var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(FakeCrm.Envelope(FakeCrm.LeadData), Encoding.UTF8, "application/json") };
            response.Headers.Add("X-Debug", "token=session-token-1-0123456789abcdef");
            return response;
        });

        var lead = await crm.Client().CreateLeadAsync(Requests.Minimal(), Ct);

        var echoed = lead.RawResponse!.GetHeaderValue("X-Debug");
        Assert.NotNull(echoed);
        Assert.DoesNotContain("session-token-1-0123456789abcdef", echoed, StringComparison.Ordinal);
    }
}
