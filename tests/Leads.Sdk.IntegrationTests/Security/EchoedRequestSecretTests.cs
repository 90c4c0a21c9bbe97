using System.Net;
using Leads.Sdk.Aimbase;
using Leads.Sdk.Emulator;
using Leads.Sdk.Emulator.Faults;
using Leads.Sdk.LeadExec.Models;

namespace Leads.Sdk.IntegrationTests.Security;

/// <summary>
/// Property tests against a server that echoes the request — headers and body, credentials included — into its error
/// body, raw or escaped inside JSON once or twice (a JSON request inside a JSON string): for random credentials with
/// the characters JSON and URLs escape, no log, activity, exception message (inner ones included), ToString() or body
/// excerpt carries a secret in any form.
/// </summary>
public sealed class EchoedRequestSecretTests
{
    private const int SampleCount = 3;

    private static readonly (HttpStatusCode Status, Type Expected)[] Statuses =
    [
        (HttpStatusCode.BadRequest, typeof(LeadsApiException)),
        (HttpStatusCode.Unauthorized, typeof(LeadsAuthenticationException)),
        (HttpStatusCode.InternalServerError, typeof(LeadsServerException)),
    ];

    private static readonly EmulatorEchoStyle[] Styles = [EmulatorEchoStyle.Raw, EmulatorEchoStyle.JsonEscaped, EmulatorEchoStyle.JsonEscapedTwice];

    private static readonly EmulatorEchoStyle[] JsonStyles = [EmulatorEchoStyle.JsonEscaped, EmulatorEchoStyle.JsonEscapedTwice];

    [Fact]
    public async Task AimbaseCreateLeads_ServerEchoesTheRequestInItsError_NoSecretLeaks()
    {
        await using var emulator = await StartAsync();
        foreach (var format in new[] { AimbaseWireFormat.Json, AimbaseWireFormat.Xml })
        {
            foreach (var (user, token) in SecretGen.Samples(SampleCount, asciiOnly: true))
            {
                await using var client = HostileServerClients.Aimbase(emulator, user, token, format);
                await EchoEverywayAsync(client, "/marketing/api/lead");
            }
        }
    }

    [Fact]
    public async Task AimbaseODataGetLead_ServerEchoesTheRequestInItsError_NoSecretLeaks()
    {
        await using var emulator = await StartAsync();
        foreach (var (user, token) in SecretGen.Samples(SampleCount, asciiOnly: true))
        {
            await using var client = HostileServerClients.ODataGet(emulator, user, token);
            await EchoEverywayAsync(client, "/odata/V2/Leads");
        }
    }

    [Fact]
    public async Task LeadExecInsert_ServerEchoesTheRequestInItsError_NoSecretLeaks()
    {
        await using var emulator = await StartAsync();
        foreach (var encoding in new[] { LeadExecEncoding.Json, LeadExecEncoding.Form, LeadExecEncoding.Xml })
        {
            foreach (var (password, accessToken) in SecretGen.Samples(SampleCount, asciiOnly: true))
            {
                await using var client = HostileServerClients.LeadExec(emulator, password, accessToken, encoding, LeadExecResponseFormat.Json);
                await EchoEverywayAsync(client, "/processor/insert");
            }
        }
    }

    [Fact]
    public async Task CrmApiCreateLead_ServerEchoesTheRequestInItsError_NoSecretLeaks()
    {
        await using var emulator = await StartAsync();
        foreach (var (user, password) in SecretGen.Samples(SampleCount, asciiOnly: false))
        {
            await using var client = HostileServerClients.Crm(emulator, user, password);

            // Logged in first, so the create body carries a session token for the echo to give back.
            await client.SucceedAsync();
            await EchoEverywayAsync(client, "/crmapi/rest/v2/leads/create");
            foreach (var style in JsonStyles)
            {
                await client.FailAsync("/crmapi/rest/v2/leads/create", EmulatorFault.EchoRequest(HttpStatusCode.OK, style, CrmErrorEnvelope), typeof(LeadsApiException));
            }
        }
    }

    [Fact]
    public async Task CrmApiLogin_ServerEchoesTheLoginInItsError_NoSecretLeaks()
    {
        await using var emulator = await StartAsync();
        foreach (var (user, password) in SecretGen.Samples(SampleCount, asciiOnly: false))
        {
            await using var client = HostileServerClients.Crm(emulator, user, password);
            foreach (var style in Styles)
            {
                await client.FailAsync("/crmapi/rest/v2/authentication/token", EmulatorFault.EchoRequest(HttpStatusCode.BadRequest, style), typeof(LeadsApiException));
            }

            // CRM.COM also refuses a login with HTTP 200 and an error envelope (JSON, so only the JSON echoes fit in it).
            foreach (var style in JsonStyles)
            {
                var refused = await client.FailAsync(
                    "/crmapi/rest/v2/authentication/token", EmulatorFault.EchoRequest(HttpStatusCode.OK, style, CrmErrorEnvelope), typeof(LeadsAuthenticationException));
                Assert.Equal("E1", ((LeadsApiException)refused).ErrorCode);
            }
        }
    }

    private const string CrmErrorEnvelope = "{\"status\":{\"code\":\"E1\",\"message\":{echo}},\"data\":null}";

    private static Task<LeadsEmulator> StartAsync() => LeadsEmulator.StartAsync(cancellationToken: TestContext.Current.CancellationToken);

    private static async Task EchoEverywayAsync(HostileServerClients client, string path)
    {
        foreach (var (status, expected) in Statuses)
        {
            foreach (var style in Styles)
            {
                var exception = (LeadsApiException)await client.FailAsync(path, EmulatorFault.EchoRequest(status, style), expected);
                Assert.Equal(status, exception.StatusCode);

                // The echo is there (masked), so the excerpt was really checked.
                Assert.Contains("HTTP/1.1", exception.ResponseBodyExcerpt, StringComparison.Ordinal);
            }
        }
    }
}
