using Leads.Sdk.Aimbase;
using Leads.Sdk.Emulator;
using Leads.Sdk.Emulator.Faults;
using Leads.Sdk.LeadExec.Models;

namespace Leads.Sdk.IntegrationTests.Security;

/// <summary>
/// A successful answer whose body is not valid UTF-8 (the emulator inserts 0xFF into its first string value or text
/// node) is refused by every client with <see cref="LeadsUnreadableResponseException"/>, in JSON and in XML: read with
/// the bad byte replaced, a value would silently differ from what the server meant.
/// </summary>
public sealed class InvalidUtf8ResponseTests
{
    private const string Reason = "The body is not valid UTF-8";

    [Theory]
    [InlineData(AimbaseWireFormat.Json)]
    [InlineData(AimbaseWireFormat.Xml)]
    public async Task AimbaseCreateLeads_InvalidUtf8Body_ThrowsUnreadable(AimbaseWireFormat format)
    {
        await using var emulator = await StartAsync();
        await using var client = HostileServerClients.Aimbase(emulator, emulator.Options.Aimbase.Username, emulator.Options.Aimbase.ApiToken, format);

        await AssertRefusedAsync(client, "/marketing/api/lead");
    }

    [Fact]
    public async Task AimbaseODataGetLead_InvalidUtf8Body_ThrowsUnreadable()
    {
        await using var emulator = await StartAsync();
        await using var client = HostileServerClients.ODataGet(emulator, emulator.Options.AimbaseOData.UserName, emulator.Options.AimbaseOData.ApiToken);

        await AssertRefusedAsync(client, "/odata/V2/Leads");
    }

    [Fact]
    public async Task AimbaseODataListLeads_InvalidUtf8Page_ThrowsUnreadable()
    {
        await using var emulator = await StartAsync();
        await using var client = HostileServerClients.ODataList(emulator, emulator.Options.AimbaseOData.UserName, emulator.Options.AimbaseOData.ApiToken);

        await AssertRefusedAsync(client, "/odata/V2/Leads");
    }

    [Theory]
    [InlineData(LeadExecResponseFormat.Json)]
    [InlineData(LeadExecResponseFormat.Xml)]
    public async Task LeadExecInsert_InvalidUtf8Body_ThrowsUnreadable(LeadExecResponseFormat format)
    {
        await using var emulator = await StartAsync();
        await using var client = HostileServerClients.LeadExec(emulator, "emulator-password", "emulator-access-token", LeadExecEncoding.Json, format);

        await AssertRefusedAsync(client, "/processor/insert");
    }

    [Theory]
    [InlineData("/crmapi/rest/v2/leads/create")]
    [InlineData("/crmapi/rest/v2/authentication/token")]
    public async Task CrmApiCreateLead_InvalidUtf8Body_ThrowsUnreadable(string path)
    {
        await using var emulator = await StartAsync();
        await using var client = HostileServerClients.Crm(emulator, emulator.Options.CrmApi.Username, emulator.Options.CrmApi.Password);

        await AssertRefusedAsync(client, path);
    }

    private static Task<LeadsEmulator> StartAsync() => LeadsEmulator.StartAsync(cancellationToken: TestContext.Current.CancellationToken);

    private static async Task AssertRefusedAsync(HostileServerClients client, string path)
    {
        var exception = (LeadsRequestException)await client.FailAsync(path, EmulatorFault.InvalidUtf8(), typeof(LeadsUnreadableResponseException));

        Assert.StartsWith(Reason, exception.ErrorMessage, StringComparison.Ordinal);
        Assert.Contains("\uFFFD", exception.ResponseBodyExcerpt, StringComparison.Ordinal);
    }
}
