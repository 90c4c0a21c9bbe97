using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using Leads.Sdk.Aimbase.Models;
using Leads.Sdk.Validation;
using RichardSzalay.MockHttp;

namespace Leads.Sdk.Aimbase.Tests;

public sealed class AimbaseClientAdditionalFieldsTests
{
    private static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CreateLeadsAsync_JsonWithAdditionalFields_WritesThemAfterTheModelsFieldsAsJsonValues()
    {
        using var mock = new MockHttpMessageHandler();
        var bodies = Capture(mock, TestData.SuccessJson("a"));
        var lead = TestData.ValidLead("a");
        lead.AdditionalFields["PreferredContactTime"] = "evening";
        lead.AdditionalFields["BoatsOwned"] = 2;
        lead.AdditionalFields["HasTrailer"] = true;
        lead.AdditionalFields["Referrer"] = null;
        lead.AdditionalFields["Survey"] = new JsonObject { ["Score"] = 9 };

        await TestData.Client(mock).CreateLeadsAsync([lead], cancellationToken: Ct);

        using var sent = JsonDocument.Parse(Assert.Single(bodies));
        var names = sent.RootElement[0].EnumerateObject().Select(p => p.Name).ToList();
        Assert.Equal(["PreferredContactTime", "BoatsOwned", "HasTrailer", "Referrer", "Survey"], names[^5..]);
        Assert.Equal("IsCommunicationOptIn", names[^6]);
        Assert.Equal("""{"PreferredContactTime":"evening","BoatsOwned":2,"HasTrailer":true,"Referrer":null,"Survey":{"Score":9}}""",
            "{" + string.Join(",", sent.RootElement[0].EnumerateObject().TakeLast(5).Select(p => JsonSerializer.Serialize(p.Name) + ":" + p.Value.GetRawText())) + "}");
    }

    [Fact]
    public async Task CreateLeadsAsync_JsonServerSpellsAFieldDifferently_SendsItUnderTheCorrectedName()
    {
        // The doc's SMSOptIn, spelled SmsOptIn by some server: the model property stays unset, the extra field carries it.
        using var mock = new MockHttpMessageHandler();
        var bodies = Capture(mock, TestData.SuccessJson("a"));
        var lead = TestData.ValidLead("a");
        lead.AdditionalFields["SmsOptIn"] = true;

        await TestData.Client(mock).CreateLeadsAsync([lead], cancellationToken: Ct);

        using var sent = JsonDocument.Parse(Assert.Single(bodies));
        Assert.True(sent.RootElement[0].GetProperty("SmsOptIn").GetBoolean());
        Assert.False(sent.RootElement[0].TryGetProperty("SMSOptIn", out _));
    }

    [Fact]
    public async Task CreateLeadsAsync_XmlWithAdditionalFields_WritesElementsWithTheValuesTextAfterTheModelsFields()
    {
        using var mock = new MockHttpMessageHandler();
        var bodies = Capture(mock, DocExamples.XmlSuccess, "application/xml");
        var lead = TestData.ValidLead("44b07d7b-1677-4bb8-84c0-9846b9d5bec1");
        lead.AdditionalFields["PreferredContactTime"] = "after <5> & \"later\"";
        lead.AdditionalFields["BoatsOwned"] = 2.5;
        lead.AdditionalFields["HasTrailer"] = false;
        lead.AdditionalFields["Referrer"] = null;

        await TestData.Client(mock, TestData.Options(AimbaseWireFormat.Xml)).CreateLeadsAsync([lead], cancellationToken: Ct);

        var sent = Assert.Single(XDocument.Parse(Assert.Single(bodies)).Root!.Elements("Lead"));
        var last = sent.Elements().TakeLast(4).ToList();
        Assert.Equal(["PreferredContactTime", "BoatsOwned", "HasTrailer", "Referrer"], last.Select(e => e.Name.LocalName));
        Assert.Equal(["after <5> & \"later\"", "2.5", "false", string.Empty], last.Select(e => e.Value));
        Assert.Equal("true", last[3].Attribute(Xsi + "nil")?.Value);
        Assert.Equal("IsCommunicationOptIn", sent.Elements().Reverse().Skip(4).First().Name.LocalName);
    }

    public static TheoryData<AimbaseWireFormat, string, JsonNode?, string, string> RefusedFields => new()
    {
        { AimbaseWireFormat.Json, "LastName", "Other", "Leads[0].AdditionalFields[LastName]", ValidationRules.AllowedValues },
        { AimbaseWireFormat.Json, "SMSOptIn", true, "Leads[0].AdditionalFields[SMSOptIn]", ValidationRules.AllowedValues },
        { AimbaseWireFormat.Json, "SendLead", "Y", "Leads[0].AdditionalFields[SendLead]", ValidationRules.AllowedValues },
        { AimbaseWireFormat.Xml, "Dealers", "x", "Leads[0].AdditionalFields[Dealers]", ValidationRules.AllowedValues },
        { AimbaseWireFormat.Json, " ", "x", "Leads[0].AdditionalFields[ ]", ValidationRules.Required },
        { AimbaseWireFormat.Xml, "Two Words", "x", "Leads[0].AdditionalFields[Two Words]", ValidationRules.Pattern },
        { AimbaseWireFormat.Xml, "ns:Field", "x", "Leads[0].AdditionalFields[ns:Field]", ValidationRules.Pattern },
        { AimbaseWireFormat.Xml, "Survey", new JsonObject { ["Score"] = 9 }, "Leads[0].AdditionalFields[Survey]", ValidationRules.Pattern },
        { AimbaseWireFormat.Xml, "Tags", new JsonArray("a"), "Leads[0].AdditionalFields[Tags]", ValidationRules.Pattern },
        { AimbaseWireFormat.Xml, "Note", "bell\u0007", "Leads[0].AdditionalFields[Note]", ValidationRules.Pattern },
    };

    [Theory]
    [MemberData(nameof(RefusedFields))]
    public async Task CreateLeadsAsync_AdditionalFieldTheEncodingOrModelForbids_ThrowsValidationNamingItAndSendsNothing(
        AimbaseWireFormat format, string name, JsonNode? value, string path, string rule)
    {
        using var mock = new MockHttpMessageHandler();
        var bodies = Capture(mock, TestData.SuccessJson("a"));
        var lead = TestData.ValidLead("a");
        lead.AdditionalFields[name] = value;

        var exception = await Assert.ThrowsAsync<LeadsValidationException>(
            () => TestData.Client(mock, TestData.Options(format)).CreateLeadsAsync([lead], cancellationToken: Ct));

        var error = Assert.Single(exception.Errors);
        Assert.Equal(path, error.Path);
        Assert.Equal(rule, error.Rule);
        Assert.Empty(bodies);
    }

    [Theory]
    [InlineData("Two Words")]
    [InlineData("ns:Field")]
    [InlineData("AdditionalFields")]
    [InlineData("IsSmsOptIn")]
    public async Task CreateLeadsAsync_JsonNameXmlCouldNotCarryOrThatNoPropertySends_IsSent(string name)
    {
        using var mock = new MockHttpMessageHandler();
        var bodies = Capture(mock, TestData.SuccessJson("a"));
        var lead = TestData.ValidLead("a");
        lead.AdditionalFields[name] = new JsonObject { ["Score"] = 9 };

        await TestData.Client(mock).CreateLeadsAsync([lead], cancellationToken: Ct);

        using var sent = JsonDocument.Parse(Assert.Single(bodies));
        Assert.Equal(9, sent.RootElement[0].GetProperty(name).GetProperty("Score").GetInt32());
    }

    [Fact]
    public async Task CreateLeadsAsync_JsonRecordWithUnknownFields_KeepsTheirRawValues()
    {
        using var mock = new MockHttpMessageHandler();
        Capture(mock, """
            {"TopLevelError":null,"BatchId":"b-7","LeadResponseRecords":[{"LeadApiIdentifier":"a","Id":"5","Status":"Success",
             "StatusMessage":"ok","Messages":[],"ProspectId":42,"Duplicate":false,"Routing":{"Dealer":"100"}}]}
            """);

        var result = await TestData.Client(mock).CreateLeadsAsync([TestData.ValidLead("a")], cancellationToken: Ct);

        var fields = Assert.Single(result.Leads).AdditionalFields;
        Assert.Equal(["Duplicate", "ProspectId", "Routing"], fields.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(42, fields["ProspectId"].GetInt32());
        Assert.Equal(JsonValueKind.False, fields["Duplicate"].ValueKind);
        Assert.Equal("100", fields["Routing"].GetProperty("Dealer").GetString());
        Assert.Equal("b-7", Assert.Single(result.AdditionalFields).Value.GetString());
    }

    [Fact]
    public async Task CreateLeadsAsync_XmlRecordWithUnknownElements_KeepsTheirTextAsJsonStrings()
    {
        using var mock = new MockHttpMessageHandler();
        Capture(mock, """
            <Leads xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><Lead><Id>5</Id><Status>Success</Status>
            <StatusMessage>ok</StatusMessage><Messages /><LeadApiIdentifier>a</LeadApiIdentifier><ProspectId>42</ProspectId>
            <Referrer xsi:nil="true" /><Note /></Lead></Leads>
            """, "application/xml");

        var result = await TestData.Client(mock, TestData.Options(AimbaseWireFormat.Xml)).CreateLeadsAsync([TestData.ValidLead("a")], cancellationToken: Ct);

        var fields = Assert.Single(result.Leads).AdditionalFields;
        Assert.Equal("42", fields["ProspectId"].GetString());
        Assert.Equal(JsonValueKind.Null, fields["Referrer"].ValueKind);
        Assert.Equal(string.Empty, fields["Note"].GetString());
        Assert.Equal(3, fields.Count);
        Assert.Empty(result.AdditionalFields);
    }

    [Fact]
    public async Task CreateLeadsAsync_RecordWithOnlyKnownFields_HasEmptyAdditionalFields()
    {
        using var mock = new MockHttpMessageHandler();
        Capture(mock, DocExamples.JsonSuccess);

        var result = await TestData.Client(mock).CreateLeadsAsync([TestData.ValidLead(DocExamples.JsonIdentifier)], cancellationToken: Ct);

        Assert.Empty(Assert.Single(result.Leads).AdditionalFields);
        Assert.Empty(result.AdditionalFields);
    }

    private static List<string> Capture(MockHttpMessageHandler mock, string responseBody, string mediaType = "application/json")
    {
        var bodies = new List<string>();
        mock.When(HttpMethod.Post, "*").Respond(async request =>
        {
            bodies.Add(await request.Content!.ReadAsStringAsync());
            return new HttpResponseMessage(HttpStatusCode.Created) { Content = new StringContent(responseBody, Encoding.UTF8, mediaType) };
        });
        return bodies;
    }
}
