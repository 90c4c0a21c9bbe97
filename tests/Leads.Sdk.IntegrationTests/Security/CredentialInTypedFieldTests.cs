using System.Text.Json;
using Leads.Sdk.Emulator;
using Leads.Sdk.Emulator.Faults;
using Leads.Sdk.LeadExec.Models;

namespace Leads.Sdk.IntegrationTests.Security;

/// <summary>
/// Property tests against a server that puts the request's credential into a typed field of an otherwise valid answer
/// (a boolean, a date): the client cannot read it and says so with <see cref="LeadsUnreadableResponseException"/>, and
/// the parser's message that quotes the value is still there as the inner exception — with the credential masked.
/// </summary>
public sealed class CredentialInTypedFieldTests
{
    private const int SampleCount = 4;

    [Fact]
    public async Task LeadExecInsert_CredentialInIsValidPost_UnreadableAndMasked()
    {
        await using var emulator = await StartAsync();
        foreach (var format in new[] { LeadExecResponseFormat.Json, LeadExecResponseFormat.Xml })
        {
            foreach (var (password, accessToken) in SecretGen.Samples(SampleCount, asciiOnly: true))
            {
                await using var client = HostileServerClients.LeadExec(emulator, password, accessToken, LeadExecEncoding.Form, format);
                foreach (var credential in new[] { EmulatorCredential.AuthorizationHeader, EmulatorCredential.Password })
                {
                    var exception = await client.FailAsync(
                        "/processor/insert", EmulatorFault.CredentialInField("isValidPost", credential), typeof(LeadsUnreadableResponseException));

                    var inner = Assert.IsType<FormatException>(exception.InnerException);
                    Assert.Equal("'isValidPost' is not a boolean: '***'.", inner.Message);
                }
            }
        }
    }

    [Fact]
    public async Task CrmApiCreateLead_SessionTokenInADateField_UnreadableAndMasked()
    {
        await using var emulator = await StartAsync();
        foreach (var (user, password) in SecretGen.Samples(SampleCount, asciiOnly: false))
        {
            await using var client = HostileServerClients.Crm(emulator, user, password);

            var exception = await client.FailAsync(
                "/crmapi/rest/v2/leads/create", EmulatorFault.CredentialInField("data.start_date", EmulatorCredential.Token), typeof(LeadsUnreadableResponseException));

            // The session token is a JWT, longer than the 64 characters a parser quotes: the piece quoted is masked too.
            var inner = Assert.IsType<JsonException>(exception.InnerException);
            Assert.StartsWith("'***…' is not a date", inner.Message, StringComparison.Ordinal);
            Assert.Equal("$.data.start_date", inner.Path);
        }
    }

    [Fact]
    public async Task AimbaseODataGetLead_UserAndTokenInLeadDate_UnreadableAndMasked()
    {
        await using var emulator = await StartAsync();
        foreach (var (user, token) in SecretGen.Samples(SampleCount, asciiOnly: true))
        {
            await using var client = HostileServerClients.ODataGet(emulator, user, token);

            var exception = await client.FailAsync(
                "/odata/V2/Leads", EmulatorFault.CredentialInField("LeadDate", EmulatorCredential.AuthenticateHeader), typeof(LeadsUnreadableResponseException));

            var inner = Assert.IsType<JsonException>(exception.InnerException);
            Assert.StartsWith("'***' is not a date", inner.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task AimbaseODataListLeads_UserAndTokenInLeadDate_UnreadableAndMasked()
    {
        await using var emulator = await LeadsEmulator.StartAsync(new LeadsEmulatorOptions { AimbaseOData = { LeadCount = 5 } }, TestContext.Current.CancellationToken);
        foreach (var (user, token) in SecretGen.Samples(SampleCount, asciiOnly: true))
        {
            await using var client = HostileServerClients.ODataList(emulator, user, token);

            var exception = await client.FailAsync(
                "/odata/V2/Leads", EmulatorFault.CredentialInField("LeadDate", EmulatorCredential.AuthenticateHeader), typeof(LeadsUnreadableResponseException));

            Assert.IsType<JsonException>(exception.InnerException);
            Assert.Contains("'***' is not a date", exception.InnerException.Message, StringComparison.Ordinal);
        }
    }

    private static Task<LeadsEmulator> StartAsync() => LeadsEmulator.StartAsync(cancellationToken: TestContext.Current.CancellationToken);
}
