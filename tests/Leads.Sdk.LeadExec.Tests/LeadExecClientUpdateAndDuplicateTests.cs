using Leads.Sdk.LeadExec.Models;

namespace Leads.Sdk.LeadExec.Tests;

public sealed class LeadExecClientUpdateAndDuplicateTests
{
    [Fact]
    public async Task UpdateLeadAsync_Form_SendsVidLidLeadIdAndProcessDeliveryWithoutPassword()
    {
        var test = new TestClient();
        test.Respond(HttpMethod.Post, "/processor/update/json", DocExamples.PostResponseJsonByNumber);
        var update = new LeadExecUpdateLeadRequest { LeadId = 1234567, ShouldProcessDelivery = false, Encoding = LeadExecEncoding.Form };
        update.Fields.Add("FirstName", "Jane");

        await test.Client.UpdateLeadAsync(update, TestContext.Current.CancellationToken);

        Assert.Equal("vid=18&lid=1&lpleaduid=1234567&processDelivery=false&FirstName=Jane", test.Single.Body);
    }

    [Fact]
    public async Task UpdateLeadAsync_Json_MatchesTheDocShape()
    {
        var test = new TestClient();
        test.Respond(HttpMethod.Post, "/processor/update/json", DocExamples.PostResponseJsonByNumber);
        var update = new LeadExecUpdateLeadRequest { LeadId = 1234567, ShouldProcessDelivery = false };
        update.Fields.Add("FirstName", "");
        update.Fields.Add("LastName", "");

        await test.Client.UpdateLeadAsync(update, TestContext.Current.CancellationToken);

        Assert.Equal(
            """{"source":{"vid":18,"lid":1},"leads":[{"properties":{"leadUID":1234567,"processDelivery":false},"fields":{"FirstName":"","LastName":""}}]}""",
            test.Single.Body);
    }

    [Fact]
    public async Task CheckDuplicateLeadAsync_Form_SendsCredentialsAndFields()
    {
        var test = new TestClient();
        test.Respond(HttpMethod.Post, "/processor/duplicate/check", DocExamples.DuplicateJson);
        var check = new LeadExecCheckDuplicateLeadRequest { Encoding = LeadExecEncoding.Form };
        check.Fields.Add("email", "test@test.com");

        await test.Client.CheckDuplicateLeadAsync(check, TestContext.Current.CancellationToken);

        Assert.Equal("vid=18&lid=1&aid=23&password=s3cret&email=test%40test.com", test.Single.Body);
    }

    [Fact]
    public async Task CheckDuplicateLeadAsync_Json_MatchesTheDocShape()
    {
        var test = new TestClient();
        test.Respond(HttpMethod.Post, "/processor/duplicate/check", DocExamples.DuplicateJson);
        var check = new LeadExecCheckDuplicateLeadRequest();
        check.Fields.Add("Email", "test@test.com");

        await test.Client.CheckDuplicateLeadAsync(check, TestContext.Current.CancellationToken);

        Assert.Equal("""{"source":{"vid":18,"aid":23,"lid":1,"password":"s3cret"},"leads":[{"properties":{},"fields":{"Email":"test@test.com"}}]}""", test.Single.Body);
    }
}
