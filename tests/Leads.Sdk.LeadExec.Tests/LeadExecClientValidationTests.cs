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

    private static async Task<IReadOnlyList<ValidationError>> InsertErrorsAsync(TestClient test, LeadExecCreateLeadRequest request)
    {
        var error = await Assert.ThrowsAsync<LeadsValidationException>(() => test.Client.CreateLeadAsync(request, TestContext.Current.CancellationToken));
        Assert.Empty(test.Requests);
        return error.Errors;
    }

    [Fact]
    public async Task CreateLeadAsync_MissingCredentials_ReportsEachWithoutSending()
    {
        var test = new TestClient(o => { o.VendorId = null; o.LeadTypeId = null; });
        test.Respond(HttpMethod.Post, "/processor/insert/general/json", DocExamples.PostResponseJsonByName);

        var errors = await InsertErrorsAsync(test, new LeadExecCreateLeadRequest { Lead = Lead(("A", "b")) });

        Assert.Equal(["Credentials.VendorId", "Credentials.LeadTypeId"], errors.Select(e => e.Path));
        Assert.All(errors, e => Assert.Equal(ValidationRules.Required, e.Rule));
    }

    [Fact]
    public async Task CreateLeadAsync_XmlBadFieldNamesAndValues_ReportsEveryErrorWithItsIndex()
    {
        var test = new TestClient();
        var lead = Lead(("Good", "ok"), ("1Bad", "x"), ("has space", "x"), ("vid", "7"), ("Ctl", "a\u0001b"));

        var errors = await InsertErrorsAsync(test, new LeadExecCreateLeadRequest { Lead = lead, Encoding = LeadExecEncoding.Xml });

        Assert.Equal(
            ["Lead.Fields[1].Name", "Lead.Fields[2].Name", "Lead.Fields[3].Name", "Lead.Fields[4].Value"],
            errors.Select(e => e.Path));
    }

    // Form keys and JSON properties carry any text; only XML needs element names.
    [Theory]
    [InlineData(LeadExecEncoding.Form, "Loan Amount", "Loan+Amount=x")]
    [InlineData(LeadExecEncoding.Form, "items[0]", "items%5B0%5D=x")]
    [InlineData(LeadExecEncoding.Form, "2ndPhone", "2ndPhone=x")]
    [InlineData(LeadExecEncoding.Form, "a&b=c", "a%26b%3Dc=x")]
    [InlineData(LeadExecEncoding.Json, "Loan Amount", "\"Loan Amount\":\"x\"")]
    [InlineData(LeadExecEncoding.Json, "items[0]", "\"items[0]\":\"x\"")]
    [InlineData(LeadExecEncoding.Json, "2ndPhone", "\"2ndPhone\":\"x\"")]
    public async Task CreateLeadAsync_FormOrJsonNameThatIsNoXmlName_IsSent(LeadExecEncoding encoding, string name, string expectedInBody)
    {
        var test = new TestClient();
        test.Respond(HttpMethod.Post, "/processor/insert/general/json", DocExamples.PostResponseJsonByName);

        await test.Client.CreateLeadAsync(new LeadExecCreateLeadRequest { Lead = Lead((name, "x")), Encoding = encoding }, TestContext.Current.CancellationToken);

        Assert.Contains(expectedInBody, test.Single.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Loan Amount")]
    [InlineData("items[0]")]
    [InlineData("2ndPhone")]
    public async Task CreateLeadAsync_XmlNameThatIsNoXmlName_IsRefusedNamingTheFieldAndTheRule(string name)
    {
        var test = new TestClient();

        var errors = await InsertErrorsAsync(test, new LeadExecCreateLeadRequest { Lead = Lead(("Good", "ok"), (name, "x")), Encoding = LeadExecEncoding.Xml });

        var error = Assert.Single(errors);
        Assert.Equal(("Lead.Fields[1].Name", ValidationRules.Pattern), (error.Path, error.Rule));
        Assert.StartsWith($"Field name '{name}' must be a valid XML element name in the XML encoding", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(LeadExecEncoding.Form, "A\\u0001B")]
    [InlineData(LeadExecEncoding.Form, "Tab\\tName")]
    [InlineData(LeadExecEncoding.Json, "Line\\nBreak")]
    [InlineData(LeadExecEncoding.Json, "Del\\u007F")]
    [InlineData(LeadExecEncoding.Json, "C1\\u0085")]
    [InlineData(LeadExecEncoding.Form, "Lone\\uD800")]
    [InlineData(LeadExecEncoding.Json, "\\uDC00Low")]
    public async Task CreateLeadAsync_FormOrJsonNameWithControlCharacterOrLoneSurrogate_IsRefusedNamingTheField(LeadExecEncoding encoding, string escapedName)
    {
        var test = new TestClient();
        var name = System.Text.RegularExpressions.Regex.Unescape(escapedName);

        var errors = await InsertErrorsAsync(test, new LeadExecCreateLeadRequest { Lead = Lead(("Good", "ok"), (name, "x")), Encoding = encoding });

        var error = Assert.Single(errors);
        Assert.Equal(("Lead.Fields[1].Name", ValidationRules.Pattern), (error.Path, error.Rule));
        Assert.Equal($"Field name '{name}' must not be empty or hold a control character or a lone surrogate.", error.Message);
    }

    [Theory]
    [InlineData(LeadExecEncoding.Form)]
    [InlineData(LeadExecEncoding.Json)]
    public async Task CreateLeadAsync_FormOrJsonReservedName_IsStillRefused(LeadExecEncoding encoding)
    {
        var test = new TestClient();

        var errors = await InsertErrorsAsync(test, new LeadExecCreateLeadRequest { Lead = Lead(("OrderId", "x")), Encoding = encoding });

        Assert.Equal(("Lead.Fields[0].Name", ValidationRules.AllowedValues), (Assert.Single(errors).Path, errors[0].Rule));
    }

    [Fact]
    public async Task CheckDuplicateAndUpdate_JsonNameWithSpace_AreSent()
    {
        var test = new TestClient();
        test.Respond(HttpMethod.Post, "/processor/duplicate/check", """{"IsDuplicate":false}""");
        test.Respond(HttpMethod.Post, "/processor/update/json", """{"isValidPost":true}""");
        var check = new LeadExecCheckDuplicateLeadRequest { Encoding = LeadExecEncoding.Json };
        check.Fields.Add("Home Phone", "7025551212");
        var update = new LeadExecUpdateLeadRequest { LeadId = 7, Encoding = LeadExecEncoding.Json };
        update.Fields.Add("Loan Amount", "1000");

        await test.Client.CheckDuplicateLeadAsync(check, TestContext.Current.CancellationToken);
        await test.Client.UpdateLeadAsync(update, TestContext.Current.CancellationToken);

        Assert.Contains("\"Home Phone\":\"7025551212\"", test.Requests[0].Body, StringComparison.Ordinal);
        Assert.Contains("\"Loan Amount\":\"1000\"", test.Requests[1].Body, StringComparison.Ordinal);
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
    public async Task CreateLeadAsync_ReservedFieldNameInAnyCase_IsRejectedAsAllowedValues(string name)
    {
        var test = new TestClient();

        var errors = await InsertErrorsAsync(test, new LeadExecCreateLeadRequest { Lead = Lead(("FirstName", "Jane"), (name, "x")) });

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
    public async Task CreateLeadAsync_NamesCloseToReservedOrNonAscii_AreSent(string name)
    {
        var test = new TestClient();
        test.Respond(HttpMethod.Post, "/processor/insert/general/json", DocExamples.PostResponseJsonByName);

        await test.Client.CreateLeadAsync(new LeadExecCreateLeadRequest { Lead = Lead((System.Text.RegularExpressions.Regex.Unescape(name), "x")) }, TestContext.Current.CancellationToken);

        Assert.Single(test.Requests);
    }

    [Fact]
    public async Task CreateLeadAsync_LoneSurrogateInValue_IsRejected()
    {
        var test = new TestClient();

        var errors = await InsertErrorsAsync(test, new LeadExecCreateLeadRequest { Lead = Lead(("Name", "a\uD800")) });

        Assert.Equal("Lead.Fields[0].Value", Assert.Single(errors).Path);
    }

    [Fact]
    public async Task CreateLeadAsync_PropertiesTheEncodingDoesNotDocument_AreRejectedNotDropped()
    {
        var test = new TestClient();
        var lead = Lead(("A", "b"));
        lead.Reference = "r";
        lead.ShouldNotSell = true;

        var errors = await InsertErrorsAsync(test, new LeadExecCreateLeadRequest { Lead = lead, Encoding = LeadExecEncoding.Form, SendDelay = TimeSpan.FromHours(1) });

        Assert.Equal(["Lead.Reference", "Lead.ShouldNotSell", "SendDelay"], errors.Select(e => e.Path));
    }

    [Fact]
    public async Task CreateLeadAsync_OrderIdOutsideForm_IsRejected()
    {
        var test = new TestClient();

        var errors = await InsertErrorsAsync(test, new LeadExecCreateLeadRequest { Lead = Lead(("A", "b")), Encoding = LeadExecEncoding.Json, OrderId = "o1" });

        Assert.Equal("OrderId", Assert.Single(errors).Path);
    }

    [Fact]
    public async Task CreateLeadAsync_CallDataWithoutRequiredCallFields_IsRejected()
    {
        var test = new TestClient();

        var errors = await InsertErrorsAsync(test, new LeadExecCreateLeadRequest { Lead = Lead(("A", "b")), PostType = LeadExecPostType.CallData });

        Assert.Equal(["Lead.IvrNumber", "Lead.CallDuration"], errors.Select(e => e.Path));
    }

    [Fact]
    public async Task CreateLeadAsync_NegativeNumbers_AreOutOfRange()
    {
        var test = new TestClient();
        var lead = Lead(("A", "b"));
        lead.IvrNumber = "7025551212";
        lead.CallDuration = TimeSpan.FromSeconds(-1);

        var errors = await InsertErrorsAsync(
            test,
            new LeadExecCreateLeadRequest { Lead = lead, PostType = LeadExecPostType.CallData, SendDelay = TimeSpan.FromHours(-2), Credentials = new LeadExecCredentials { VendorId = 0 } });

        Assert.Equal(["Credentials.VendorId", "Lead.CallDuration", "SendDelay"], errors.Select(e => e.Path));
        Assert.All(errors, e => Assert.Equal(ValidationRules.Range, e.Rule));
    }

    [Fact]
    public async Task CreateLeadAsync_CallPropertiesOnGeneralLead_AreRejected()
    {
        var test = new TestClient();
        var lead = Lead(("A", "b"));
        lead.IvrNumber = "7025551212";

        var errors = await InsertErrorsAsync(test, new LeadExecCreateLeadRequest { Lead = lead });

        Assert.Equal("Lead.IvrNumber", Assert.Single(errors).Path);
    }

    [Fact]
    public async Task CreateLeadAsync_NoLead_IsRequired()
    {
        var test = new TestClient();

        var errors = await InsertErrorsAsync(test, new LeadExecCreateLeadRequest());

        Assert.Equal("Lead", Assert.Single(errors).Path);
    }

    [Fact]
    public async Task PingLeadAsync_WithoutAffiliateOrInXml_IsRejected()
    {
        var test = new TestClient(o => o.AffiliateId = null);

        var error = await Assert.ThrowsAsync<LeadsValidationException>(() => test.Client.PingLeadAsync(
            new LeadExecPingLeadRequest { Lead = Lead(("Zip", "1")), Encoding = LeadExecEncoding.Xml }, TestContext.Current.CancellationToken));

        Assert.Equal(["Credentials.AffiliateId", "Encoding"], error.Errors.Select(e => e.Path));
    }

    [Fact]
    public async Task CheckDuplicateLeadAsync_NoFields_IsRejected()
    {
        var test = new TestClient();

        var error = await Assert.ThrowsAsync<LeadsValidationException>(() => test.Client.CheckDuplicateLeadAsync(new LeadExecCheckDuplicateLeadRequest(), TestContext.Current.CancellationToken));

        Assert.Equal("Fields", Assert.Single(error.Errors).Path);
    }

    [Fact]
    public async Task UpdateLeadAsync_NoLeadIdOrXml_IsRejected()
    {
        var test = new TestClient();

        var error = await Assert.ThrowsAsync<LeadsValidationException>(() => test.Client.UpdateLeadAsync(
            new LeadExecUpdateLeadRequest { Encoding = LeadExecEncoding.Xml }, TestContext.Current.CancellationToken));

        Assert.Equal(["Encoding", "LeadId"], error.Errors.Select(e => e.Path));
    }

    [Fact]
    public void Constructor_InvalidOptions_ThrowsNamingTheOption()
    {
        var error = Assert.Throws<ArgumentException>(() => new TestClient(o => o.BaseAddress = new Uri("http://leads.example.com/")));

        Assert.Contains("BaseAddress", error.Message, StringComparison.Ordinal);
    }

    // Form and JSON escape any character, so a value with a control character (a pasted comment, a vertical tab) is a
    // lead the client must not refuse; only XML 1.0 cannot carry it.
    [Theory]
    [InlineData(LeadExecEncoding.Form, "Line\u0001One\u000BTwo", "Comments=Line%01One%0BTwo")]
    [InlineData(LeadExecEncoding.Json, "Line\u0001One\u000BTwo", "\"Comments\":\"Line\\u0001One\\u000BTwo\"")]
    public async Task CreateLeadAsync_FormOrJsonValueWithControlCharacter_IsSent(LeadExecEncoding encoding, string escapedValue, string expectedInBody)
    {
        var test = new TestClient();
        test.Respond(HttpMethod.Post, "/processor/insert/general/json", DocExamples.PostResponseJsonByName);

        await test.Client.CreateLeadAsync(new LeadExecCreateLeadRequest { Lead = Lead(("Comments", System.Text.RegularExpressions.Regex.Unescape(escapedValue))), Encoding = encoding }, TestContext.Current.CancellationToken);

        Assert.Contains(expectedInBody, test.Single.Body, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task CreateLeadAsync_XmlValueWithControlCharacter_IsRefusedNamingTheField()
    {
        var test = new TestClient();

        var errors = await InsertErrorsAsync(test, new LeadExecCreateLeadRequest { Lead = Lead(("Comments", "a\u0001b")), Encoding = LeadExecEncoding.Xml });

        var error = Assert.Single(errors);
        Assert.Equal(("Lead.Fields[0].Value", ValidationRules.Pattern), (error.Path, error.Rule));
        Assert.Contains("XML 1.0 cannot carry", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(LeadExecEncoding.Form)]
    [InlineData(LeadExecEncoding.Json)]
    [InlineData(LeadExecEncoding.Xml)]
    public async Task CreateLeadAsync_ValueWithLoneSurrogate_IsRefusedInEveryEncoding(LeadExecEncoding encoding)
    {
        var test = new TestClient();

        var errors = await InsertErrorsAsync(test, new LeadExecCreateLeadRequest { Lead = Lead(("Comments", "a\uD800b")), Encoding = encoding });

        Assert.Equal("Lead.Fields[0].Value", Assert.Single(errors).Path);
        Assert.Empty(test.Requests);
    }

    [Fact]
    public async Task CreateLeadAsync_DurationsNotWholeUnits_AreRejectedNotRounded()
    {
        var test = new TestClient();
        var lead = Lead(("A", "b"));
        lead.IvrNumber = "7025551212";
        lead.CallDuration = TimeSpan.FromMilliseconds(95_500);

        var errors = await InsertErrorsAsync(test, new LeadExecCreateLeadRequest { Lead = lead, PostType = LeadExecPostType.CallData, SendDelay = TimeSpan.FromMinutes(90) });

        Assert.Equal(["Lead.CallDuration", "SendDelay"], errors.Select(e => e.Path));
        Assert.All(errors, e => Assert.Equal(ValidationRules.Range, e.Rule));
    }
}
