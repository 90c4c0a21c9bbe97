using System.Net;
using System.Text.Json;
using Leads.Sdk.Aimbase;
using Leads.Sdk.Aimbase.OData;
using Leads.Sdk.CrmApi;
using Leads.Sdk.Emulator;
using Leads.Sdk.Emulator.CrmApi;
using Leads.Sdk.Emulator.Faults;
using Leads.Sdk.IntegrationTests.Reliability;
using Leads.Sdk.LeadExec;
using Leads.Sdk.LeadExec.Models;
using Microsoft.Extensions.DependencyInjection;

namespace Leads.Sdk.IntegrationTests.Security;

/// <summary>
/// Property tests: for random credentials, nothing the SDK produces — logs, activity tags, exceptions, ToString() of
/// options, requests and results — contains them, on success, on 401 and on a 500 whose body echoes them back.
/// User names are checked everywhere the SDK writes; a server's own error text may name the user (not a credential),
/// so the echoed bodies carry only tokens and passwords.
/// </summary>
public sealed class SecretLeakTests
{
    private const int SampleCount = 5;

    [Fact]
    public async Task AimbaseCreateLeads_RandomCredentials_NeverLeak()
    {
        await using var emulator = await LeadsEmulator.StartAsync(cancellationToken: TestContext.Current.CancellationToken);
        foreach (var format in new[] { AimbaseWireFormat.Json, AimbaseWireFormat.Xml })
        {
            foreach (var (user, token) in SecretGen.Samples(SampleCount, asciiOnly: true))
            {
                emulator.Options.Aimbase.Username = user;
                emulator.Options.Aimbase.ApiToken = token;
                await RunAsync(
                    emulator,
                    "/marketing/api/lead",
                    [user, token],
                    basicUser: user,
                    register: (services, address) => services.AddAimbaseClient(o =>
                    {
                        o.BaseAddress = address;
                        o.AllowInsecureHttp = true;
                    o.Resilience.RetryDelay = TimeSpan.FromMilliseconds(1);
                        o.Username = user;
                        o.ApiToken = token;
                        o.DefaultManufacturerCode = emulator.Options.Aimbase.ManufacturerCode;
                        o.Format = format;
                    }),
                    call: async (provider, capture, ct) =>
                    {
                        capture.Add(provider.GetRequiredService<Microsoft.Extensions.Options.IOptionsMonitor<AimbaseClientOptions>>().Get(AimbaseServiceCollectionExtensions.DefaultName));
                        var lead = ReliabilityOperations.AimbaseLead();
                        capture.Add(lead);
                        var result = await provider.GetRequiredService<IAimbaseClient>().CreateLeadsAsync([lead], cancellationToken: ct);
                        capture.Add(result);
                        capture.Add(result.Leads.Single());
                    },
                    wrongCredentials: () => emulator.Options.Aimbase.ApiToken = token + "-revoked",
                    echoBody: format == AimbaseWireFormat.Xml
                        ? $"<Error><Message>Token {System.Security.SecurityElement.Escape(token)} failed</Message></Error>"
                        : JsonSerializer.Serialize(new { Message = $"Token {token} failed" }),
                    echoContentType: format == AimbaseWireFormat.Xml ? "application/xml" : "application/json");
            }
        }
    }

    [Fact]
    public async Task AimbaseODataGetLead_RandomCredentials_NeverLeak()
    {
        await using var emulator = await LeadsEmulator.StartAsync(new LeadsEmulatorOptions { AimbaseOData = { LeadCount = 10 } }, TestContext.Current.CancellationToken);
        foreach (var (user, token) in SecretGen.Samples(SampleCount, asciiOnly: true))
        {
            emulator.Options.AimbaseOData.Username = user;
            emulator.Options.AimbaseOData.ApiToken = token;
            await RunAsync(
                emulator,
                "/odata/V2/Leads",
                [user, token],
                basicUser: user,
                register: (services, address) => services.AddAimbaseODataClient(o =>
                {
                    o.BaseAddress = address;
                    o.AllowInsecureHttp = true;
                    o.Resilience.RetryDelay = TimeSpan.FromMilliseconds(1);
                    o.Username = user;
                    o.ApiToken = token;
                }),
                call: async (provider, capture, ct) =>
                {
                    capture.Add(provider.GetRequiredService<Microsoft.Extensions.Options.IOptionsMonitor<AimbaseODataClientOptions>>().Get(AimbaseODataServiceCollectionExtensions.DefaultName));
                    var lead = await provider.GetRequiredService<IAimbaseODataClient>().GetLeadAsync(3, cancellationToken: ct);
                    capture.Add(lead);
                },
                wrongCredentials: () => emulator.Options.AimbaseOData.ApiToken = token + "-revoked",
                echoBody: JsonSerializer.Serialize(new { error = new { code = "Unauthorized", message = $"Token {token} failed" } }),
                echoContentType: "application/json");
        }
    }

    [Fact]
    public async Task LeadExecInsertAndDuplicateCheck_RandomCredentials_NeverLeak()
    {
        await using var emulator = await LeadsEmulator.StartAsync(cancellationToken: TestContext.Current.CancellationToken);
        foreach (var format in new[] { LeadExecResponseFormat.Json, LeadExecResponseFormat.Xml })
        {
            foreach (var (password, accessToken) in SecretGen.Samples(SampleCount, asciiOnly: true))
            {
                emulator.Options.LeadExec.Password = password;
                emulator.Options.LeadExec.AccessToken = accessToken;
                await RunAsync(
                    emulator,
                    "/processor/",
                    [password, accessToken],
                    basicUser: null,
                    register: (services, address) => ReliabilityOperations.RegisterLeadExec(services, emulator, address, o =>
                    {
                        o.Password = password;
                        o.AccessToken = accessToken;
                        o.Resilience.RetryDelay = TimeSpan.FromMilliseconds(1);
                        o.ResponseFormat = format;
                    }),
                    call: async (provider, capture, ct) =>
                    {
                        capture.Add(provider.GetRequiredService<Microsoft.Extensions.Options.IOptionsMonitor<LeadExecClientOptions>>().Get(LeadExecServiceCollectionExtensions.DefaultName));
                        var client = provider.GetRequiredService<ILeadExecClient>();
                        var request = new LeadExecCreateLeadRequest { Lead = ReliabilityOperations.LeadExecLead($"{Guid.NewGuid():N}@example.com") };
                        capture.Add(request);
                        var inserted = await client.CreateLeadAsync(request, ct);
                        capture.Add(inserted);
                        var check = new LeadExecCheckDuplicateLeadRequest();
                        check.Fields.Add("Email", "someone@example.com");
                        capture.Add(check);
                        var duplicate = await client.CheckDuplicateLeadAsync(check, ct);
                        capture.Add(duplicate);
                        if (!inserted.IsValidPost)
                        {
                            throw new LeadsAuthenticationTestException(inserted.ToString());
                        }
                    },
                    wrongCredentials: () => emulator.Options.LeadExec.AccessToken = accessToken + "-revoked",
                    echoBody: format == LeadExecResponseFormat.Xml
                        ? $"<Response><Message>Password {System.Security.SecurityElement.Escape(password)} token {System.Security.SecurityElement.Escape(accessToken)}</Message></Response>"
                        : JsonSerializer.Serialize(new { Message = $"Password {password} token {accessToken}" }),
                    echoContentType: format == LeadExecResponseFormat.Xml ? "application/xml" : "application/json");
            }
        }
    }

    [Fact]
    public async Task CrmApiCreateLead_RandomCredentials_NeverLeak()
    {
        await using var emulator = await LeadsEmulator.StartAsync(cancellationToken: TestContext.Current.CancellationToken);
        foreach (var (user, password) in SecretGen.Samples(SampleCount, asciiOnly: false))
        {
            emulator.Options.CrmApi.Username = user;
            emulator.Options.CrmApi.Password = password;
            await RunAsync(
                emulator,
                "/crmapi/rest/v2/leads/create",
                [user, password],
                basicUser: null,
                register: (services, address) => services.AddCrmApiClient(o =>
                {
                    o.BaseAddress = address;
                    o.AllowInsecureHttp = true;
                    o.Resilience.RetryDelay = TimeSpan.FromMilliseconds(1);
                    o.Username = user;
                    o.Password = password;
                    o.Organisation = emulator.Options.CrmApi.Organisation;
                }),
                call: async (provider, capture, ct) =>
                {
                    capture.Add(provider.GetRequiredService<Microsoft.Extensions.Options.IOptionsMonitor<CrmApiClientOptions>>().Get(CrmApiServiceCollectionExtensions.DefaultName));
                    var request = ReliabilityOperations.CrmLead();
                    capture.Add(request);
                    var lead = await provider.GetRequiredService<ICrmApiClient>().CreateLeadAsync(request, ct);
                    capture.Add(lead);
                },
                wrongCredentials: () =>
                {
                    emulator.Options.CrmApi.Password = password + "-revoked";
                    emulator.CrmApi().ExpireAllTokens();
                },
                echoBody: JsonSerializer.Serialize(new { error = new { code = "E1", message = $"Password {password} refused" } }),
                echoContentType: "application/json");
        }
    }

    /// <summary>One round per credential sample: success, a 500 echoing the secrets, then refused credentials (401).</summary>
    private static async Task RunAsync(
        LeadsEmulator emulator,
        string faultPath,
        string[] secrets,
        string? basicUser,
        Func<IServiceCollection, Uri, IHttpClientBuilder> register,
        Func<IServiceProvider, LeakCapture, CancellationToken, Task> call,
        Action wrongCredentials,
        string echoBody,
        string echoContentType)
    {
        var ct = TestContext.Current.CancellationToken;
        using var capture = new LeakCapture();
        var services = new ServiceCollection();
        capture.Attach(services, register(services, emulator.BaseAddress));
        await using var provider = services.BuildServiceProvider();

        await call(provider, capture, ct);

        // Several, because a GET is retried on 500; the rest are cleared below.
        emulator.Faults.Next(faultPath, EmulatorFault.Status(HttpStatusCode.InternalServerError, echoBody, echoContentType), count: 5);
        var serverError = await Assert.ThrowsAnyAsync<LeadsApiException>(() => call(provider, capture, ct));
        capture.Add(serverError);
        emulator.Faults.Clear();

        wrongCredentials();
        var refused = await Assert.ThrowsAnyAsync<Exception>(() => call(provider, capture, ct));
        Assert.True(refused is LeadsAuthenticationException or LeadsAuthenticationTestException, refused.ToString());
        capture.Add(refused);

        Assert.True(capture.ActivityCount > 0, "No Leads.Sdk activity was recorded, so tags were not inspected.");
        capture.AssertNoLeak(provider, secrets, basicUser);
    }

    /// <summary>LeadExec reports refused credentials in a 200 body (a ResponseType code), not as an exception.</summary>
    private sealed class LeadsAuthenticationTestException(string message) : Exception(message);
}
