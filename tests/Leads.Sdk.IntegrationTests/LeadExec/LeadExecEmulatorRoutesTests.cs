using System.Text.Json;
using Leads.Sdk.Emulator;

namespace Leads.Sdk.IntegrationTests.LeadExec;

/// <summary>What the fake answers to requests the SDK's validation would never send.</summary>
public sealed class LeadExecEmulatorRoutesTests
{
    [Theory]
    [InlineData("", "System_ID_Missing")]
    [InlineData("vid=1001&password=emulator-password", "LeadType_ID_Missing")]
    [InlineData("lid=10&password=emulator-password", "Vendor_ID_Missing")]
    public async Task InsertGeneral_MissingIdentifiers_AnswersTheDocumentedResponseType(string credentials, string expected)
    {
        await using var emulator = await LeadsEmulator.StartAsync(cancellationToken: TestContext.Current.CancellationToken);
        using var http = new HttpClient { BaseAddress = emulator.BaseAddress };
        var body = string.Join('&', new[] { credentials, "FirstName=John&LastName=Doe&Email=x%40example.com" }.Where(p => p.Length > 0));

        using var response = await http.PostAsync(
            "processor/insert/general/json",
            new StringContent(body, System.Text.Encoding.ASCII, "application/x-www-form-urlencoded"),
            TestContext.Current.CancellationToken);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        Assert.False(json.RootElement.GetProperty("isValidPost").GetBoolean());
        Assert.Equal(expected, json.RootElement.GetProperty("ResponseType").GetString());
    }

    [Fact]
    public async Task QueueStatus_UnknownPostId_Is404()
    {
        await using var emulator = await LeadsEmulator.StartAsync(cancellationToken: TestContext.Current.CancellationToken);
        using var http = new HttpClient { BaseAddress = emulator.BaseAddress };

        using var response = await http.GetAsync("information/queuestatus/unknown", TestContext.Current.CancellationToken);

        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
    }
}
