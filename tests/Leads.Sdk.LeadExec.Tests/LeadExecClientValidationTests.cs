using Leads.Sdk.LeadExec.Models;
using Leads.Sdk.Validation;

namespace Leads.Sdk.LeadExec.Tests;

public sealed class LeadExecClientValidationTests
{
    private static LeadExecLead Lead(params (string Name, string Value)[] fields)
    {
        var lead = new LeadExecLead();
        foreach (var (name, value) in fields)
        {
            lead.Fields.Add(name, value);
        }

        return lead;
    }

    private static async Task<IReadOnlyList<ValidationError>> InsertErrorsAsync(TestClient test, LeadExecInsertRequest request)
    {
        var error = await Assert.ThrowsAsync<LeadsValidationException>(() => test.Client.InsertAsync(request, TestContext.Current.CancellationToken));
        Assert.Empty(test.Requests);
        return error.Errors;
    }

    [Fact]
    public async Task InsertAsync_MissingCredentials_ReportsEachWithoutSending()
    {
        var test = new TestClient(o => { o.VendorId = null; o.LeadTypeId = null; });
        test.Respond(HttpMethod.Post, "/processor/insert/general/json", DocExamples.PostResponseJsonByName);

        var errors = await InsertErrorsAsync(test, new LeadExecInsertRequest { Lead = Lead(("A", "b")) });

        Assert.Equal(["Credentials.VendorId", "Credentials.LeadTypeId"], errors.Select(e => e.Path));
        Assert.All(errors, e => Assert.Equal(ValidationRules.Required, e.Rule));
    }

    [Fact]
    public async Task InsertAsync_BadFieldNamesAndValues_ReportsEveryErrorWithItsIndex()
    {
        var test = new TestClient();
        var lead = Lead(("Good", "ok"), ("1Bad", "x"), ("has space", "x"), ("vid", "7"), ("Ctl", "a\u0001b"));

        var errors = await InsertErrorsAsync(test, new LeadExecInsertRequest { Lead = lead });

        Assert.Equal(
            ["Lead.Fields[1].Name", "Lead.Fields[2].Name", "Lead.Fields[3].Name", "Lead.Fields[4].Value"],
            errors.Select(e => e.Path));
    }

    [Theory]
    [InlineData("VID")]
    [InlineData("Password")]
    [InlineData("ORDERID")]
    [InlineData("ReturnUrl")]
    [InlineData("IvrNumber")]
    [InlineData("callDuration")]
    [InlineData("CallResult")]
    [InlineData("CALLDATE")]
    [InlineData("LpLeadUid")]
    [InlineData("processdelivery")]
    public async Task InsertAsync_ReservedFieldNameInAnyCase_IsRejectedAsAllowedValues(string name)
    {
        var test = new TestClient();

        var errors = await InsertErrorsAsync(test, new LeadExecInsertRequest { Lead = Lead(("FirstName", "Jane"), (name, "x")) });

        var error = Assert.Single(errors);
        Assert.Equal(("Lead.Fields[1].Name", ValidationRules.AllowedValues), (error.Path, error.Rule));
        Assert.Equal($"Field name '{name}' is a key the SDK sends itself; set it through the request's typed property.", error.Message);
    }

    [Theory]
    [InlineData("vids")]
    [InlineData("Passwords")]
    [InlineData("_lid")]
    [InlineData("call.date")]
    [InlineData("Sub-Id")]
    [InlineData("\u00C9mail")]
    public async Task InsertAsync_NamesCloseToReservedOrNonAscii_AreSent(string name)
    {
        var test = new TestClient();
        test.Respond(HttpMethod.Post, "/processor/insert/general/json", DocExamples.PostResponseJsonByName);

        await test.Client.InsertAsync(new LeadExecInsertRequest { Lead = Lead((System.Text.RegularExpressions.Regex.Unescape(name), "x")) }, TestContext.Current.CancellationToken);

        Assert.Single(test.Requests);
    }

    [Fact]
    public async Task InsertAsync_LoneSurrogateInValue_IsRejected()
    {
        var test = new TestClient();

        var errors = await InsertErrorsAsync(test, new LeadExecInsertRequest { Lead = Lead(("Name", "a\uD800")) });

        Assert.Equal("Lead.Fields[0].Value", Assert.Single(errors).Path);
    }

    [Fact]
    public async Task InsertAsync_PropertiesTheEncodingDoesNotDocument_AreRejectedNotDropped()
    {
        var test = new TestClient();
        var lead = Lead(("A", "b"));
        lead.Reference = "r";
        lead.NoSell = true;

        var errors = await InsertErrorsAsync(test, new LeadExecInsertRequest { Lead = lead, Encoding = LeadExecEncoding.Form, SendDelay = 1 });

        Assert.Equal(["Lead.Reference", "Lead.NoSell", "SendDelay"], errors.Select(e => e.Path));
    }

    [Fact]
    public async Task InsertAsync_OrderIdOutsideForm_IsRejected()
    {
        var test = new TestClient();

        var errors = await InsertErrorsAsync(test, new LeadExecInsertRequest { Lead = Lead(("A", "b")), Encoding = LeadExecEncoding.Json, OrderId = "o1" });

        Assert.Equal("OrderId", Assert.Single(errors).Path);
    }

    [Fact]
    public async Task InsertAsync_CallDataWithoutRequiredCallFields_IsRejected()
    {
        var test = new TestClient();

        var errors = await InsertErrorsAsync(test, new LeadExecInsertRequest { Lead = Lead(("A", "b")), PostType = LeadExecPostType.CallData });

        Assert.Equal(["Lead.IvrNumber", "Lead.CallDuration"], errors.Select(e => e.Path));
    }

    [Fact]
    public async Task InsertAsync_NegativeNumbers_AreOutOfRange()
    {
        var test = new TestClient();
        var lead = Lead(("A", "b"));
        lead.IvrNumber = "7025551212";
        lead.CallDuration = -1;

        var errors = await InsertErrorsAsync(
            test,
            new LeadExecInsertRequest { Lead = lead, PostType = LeadExecPostType.CallData, SendDelay = -2, Credentials = new LeadExecCredentials { VendorId = 0 } });

        Assert.Equal(["Credentials.VendorId", "Lead.CallDuration", "SendDelay"], errors.Select(e => e.Path));
        Assert.All(errors, e => Assert.Equal(ValidationRules.Range, e.Rule));
    }

    [Fact]
    public async Task InsertAsync_CallPropertiesOnGeneralLead_AreRejected()
    {
        var test = new TestClient();
        var lead = Lead(("A", "b"));
        lead.IvrNumber = "7025551212";

        var errors = await InsertErrorsAsync(test, new LeadExecInsertRequest { Lead = lead });

        Assert.Equal("Lead.IvrNumber", Assert.Single(errors).Path);
    }

    [Fact]
    public async Task InsertAsync_NoLead_IsRequired()
    {
        var test = new TestClient();

        var errors = await InsertErrorsAsync(test, new LeadExecInsertRequest());

        Assert.Equal("Lead", Assert.Single(errors).Path);
    }

    [Fact]
    public async Task PingAsync_WithoutAffiliateOrInXml_IsRejected()
    {
        var test = new TestClient(o => o.AffiliateId = null);

        var error = await Assert.ThrowsAsync<LeadsValidationException>(() => test.Client.PingAsync(
            new LeadExecPingRequest { Lead = Lead(("Zip", "1")), Encoding = LeadExecEncoding.Xml }, TestContext.Current.CancellationToken));

        Assert.Equal(["Credentials.AffiliateId", "Encoding"], error.Errors.Select(e => e.Path));
    }

    [Fact]
    public async Task CheckDuplicateAsync_NoFields_IsRejected()
    {
        var test = new TestClient();

        var error = await Assert.ThrowsAsync<LeadsValidationException>(() => test.Client.CheckDuplicateAsync(new LeadExecDuplicateCheckRequest(), TestContext.Current.CancellationToken));

        Assert.Equal("Fields", Assert.Single(error.Errors).Path);
    }

    [Fact]
    public async Task UpdateAsync_NoLeadIdOrXml_IsRejected()
    {
        var test = new TestClient();

        var error = await Assert.ThrowsAsync<LeadsValidationException>(() => test.Client.UpdateAsync(
            new LeadExecUpdateRequest { Encoding = LeadExecEncoding.Xml }, TestContext.Current.CancellationToken));

        Assert.Equal(["Encoding", "LeadId"], error.Errors.Select(e => e.Path));
    }

    [Fact]
    public void Constructor_InvalidOptions_ThrowsNamingTheOption()
    {
        var error = Assert.Throws<ArgumentException>(() => new TestClient(o => o.BaseAddress = new Uri("http://leads.example.com/")));

        Assert.Contains("BaseAddress", error.Message, StringComparison.Ordinal);
    }
}
