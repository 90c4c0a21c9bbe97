using Leads.Sdk.LeadExec.Models;

namespace Leads.Sdk.LeadExec.Tests;

public sealed class LeadExecClientUpdateAndDuplicateTests
{
    [Fact]
    public async Task UpdateAsync_Form_SendsVidLidLeadIdAndProcessDeliveryWithoutPassword()
    {
        var test = new TestClient();
        test.Respond(HttpMethod.Post, "/processor/update/json", DocExamples.PostResponseJsonByNumber);
        var update = new LeadExecUpdateRequest { LeadId = 1234567, ProcessDelivery = false, Encoding = LeadExecEncoding.Form };
        update.Fields.Add("FirstName", "Jane");

        await test.Client.UpdateAsync(update, TestContext.Current.CancellationToken);

        Assert.Equal("vid=18&lid=1&lpleaduid=1234567&processDelivery=false&FirstName=Jane", test.Single.Body);
    }

    [Fact]
    public async Task UpdateAsync_Json_MatchesTheDocShape()
    {
        var test = new TestClient();
        test.Respond(HttpMethod.Post, "/processor/update/json", DocExamples.PostResponseJsonByNumber);
        var update = new LeadExecUpdateRequest { LeadId = 1234567, ProcessDelivery = false };
        update.Fields.Add("FirstName", "");
        update.Fields.Add("LastName", "");

        await test.Client.UpdateAsync(update, TestContext.Current.CancellationToken);

        Assert.Equal(
            """{"source":{"vid":18,"lid":1},"leads":[{"properties":{"leadUID":1234567,"processDelivery":false},"fields":{"FirstName":"","LastName":""}}]}""",
            test.Single.Body);
    }

    [Fact]
    public async Task CheckDuplicateAsync_Form_SendsCredentialsAndFields()
    {
        var test = new TestClient();
        test.Respond(HttpMethod.Post, "/processor/duplicate/check", DocExamples.DuplicateJson);
        var check = new LeadExecDuplicateCheckRequest { Encoding = LeadExecEncoding.Form };
        check.Fields.Add("email", "test@test.com");

        await test.Client.CheckDuplicateAsync(check, TestContext.Current.CancellationToken);

        Assert.Equal("vid=18&lid=1&aid=23&password=s3cret&email=test%40test.com", test.Single.Body);
    }

    [Fact]
    public async Task CheckDuplicateAsync_Json_MatchesTheDocShape()
    {
        var test = new TestClient();
        test.Respond(HttpMethod.Post, "/processor/duplicate/check", DocExamples.DuplicateJson);
        var check = new LeadExecDuplicateCheckRequest();
        check.Fields.Add("Email", "test@test.com");

        await test.Client.CheckDuplicateAsync(check, TestContext.Current.CancellationToken);

        Assert.Equal("""{"source":{"vid":18,"aid":23,"lid":1,"password":"s3cret"},"leads":[{"properties":{},"fields":{"Email":"test@test.com"}}]}""", test.Single.Body);
    }
}
