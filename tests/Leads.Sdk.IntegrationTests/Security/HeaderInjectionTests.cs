using Leads.Sdk.Aimbase;
using Leads.Sdk.Aimbase.OData;
using Leads.Sdk.CrmApi;
using Leads.Sdk.Emulator;
using Leads.Sdk.IntegrationTests.Reliability;
using Leads.Sdk.LeadExec;
using Leads.Sdk.LeadExec.Models;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Leads.Sdk.IntegrationTests.Security;

/// <summary>
/// Values that go into headers cannot smuggle CR/LF (header injection), other control characters or non-ASCII text:
/// each client's options refuse them at validation, per-request overrides at request build time, before anything is
/// sent; and http:// base addresses are refused unless AllowInsecureHttp is set.
/// </summary>
public sealed class HeaderInjectionTests
{
    private static readonly string[] HostileHeaderValues =
    [
        "token\r\nX-Injected: 1",
        "token\nX-Injected: 1",
        "token\rX",
        "tok\0en",
        "tok\ten",
        "tok\u007Fen",
        "tok\u0085en",
        "tokén",
        "tok\u2028en",
    ];

    private static readonly (string Option, Func<string, LeadsClientOptions> Create)[] Creators =
    [
        ("Aimbase.Username", v => Aimbase(o => o.Username = v)),
        ("Aimbase.ApiToken", v => Aimbase(o => o.ApiToken = v)),
        ("AimbaseOData.Username", v => OData(o => o.Username = v)),
        ("AimbaseOData.ApiToken", v => OData(o => o.ApiToken = v)),
        ("LeadExec.AccessToken", v => new LeadExecClientOptions { VendorId = 1, LeadTypeId = 2, AccessToken = v }),
        ("CrmApi.WebApiKey", v => new CrmApiClientOptions { BaseAddress = new Uri("https://crm.example.com/"), WebApiKey = v }),
    ];

    public static TheoryData<string> HeaderBoundOptions { get; } = [.. Creators.Select(c => c.Option)];

    [Theory]
    [MemberData(nameof(HeaderBoundOptions))]
    public void Validate_HeaderValueWithLineBreak_Refused(string option)
    {
        var create = Create(option);
        foreach (var value in HostileHeaderValues.Where(v => v.Contains('\r') || v.Contains('\n')))
        {
            var errors = create(value).Validate();
            Assert.Contains(errors, e => e.Contains(option.Split('.')[1], StringComparison.Ordinal));
        }
    }

    [Theory]
    [MemberData(nameof(HeaderBoundOptions))]
    public void Validate_HeaderValueWithControlOrNonAsciiCharacter_Refused(string option)
    {
        var create = Create(option);
        var name = option.Split('.')[1];
        foreach (var value in HostileHeaderValues)
        {
            if (option == "CrmApi.WebApiKey" && !value.Any(char.IsControl))
            {
                continue; // sent Base64-encoded in Basic auth, so non-ASCII is safe there
            }

            var errors = create(value).Validate();
            Assert.True(errors.Any(e => e.Contains(name, StringComparison.Ordinal)), $"{option} = {System.Text.Json.JsonSerializer.Serialize(value)} was accepted.");
        }

        Assert.Empty(create("plain-Token_123.~+/=").Validate());
    }

    [Fact]
    public void Validate_HttpBaseAddress_RefusedUnlessAllowInsecureHttp()
    {
        foreach (var create in Creators.Select(c => c.Create))
        {
            var options = create("token");
            options.BaseAddress = new Uri("http://leads.example.com/");
            Assert.Contains(options.Validate(), e => e.Contains("https", StringComparison.Ordinal));

            options.AllowInsecureHttp = true;
            Assert.Empty(options.Validate());
        }
    }

    [Fact]
    public async Task AddAimbaseClient_TokenWithCrLf_ResolveThrowsAndNothingSent()
    {
        await using var emulator = await LeadsEmulator.StartAsync(cancellationToken: TestContext.Current.CancellationToken);
        var services = new ServiceCollection();
        ReliabilityOperations.RegisterAimbase(services, emulator, emulator.BaseAddress, o => o.ApiToken = "token\r\nX-Injected: 1");
        await using var provider = services.BuildServiceProvider();

        var exception = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IAimbaseClient>());

        Assert.Contains("ApiToken", exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("X-Injected", exception.Message, StringComparison.Ordinal);
        Assert.Empty(emulator.Requests.All);
    }

    [Theory]
    [InlineData("token\r\nX-Injected: 1")]
    [InlineData("tokén")]
    public async Task LeadExecInsertAsync_PerRequestAccessTokenNotHeaderSafe_ValidationErrorAndNothingSent(string accessToken)
    {
        await using var emulator = await LeadsEmulator.StartAsync(cancellationToken: TestContext.Current.CancellationToken);
        var services = new ServiceCollection();
        ReliabilityOperations.RegisterLeadExec(services, emulator, emulator.BaseAddress, _ => { });
        await using var provider = services.BuildServiceProvider();
        var request = new LeadExecCreateLeadRequest
        {
            Lead = ReliabilityOperations.LeadExecLead("header@example.com"),
            Credentials = new LeadExecCredentials { AccessToken = accessToken },
        };

        var exception = await Assert.ThrowsAsync<LeadsValidationException>(
            () => provider.GetRequiredService<ILeadExecClient>().CreateLeadAsync(request, TestContext.Current.CancellationToken));

        Assert.Contains(exception.Errors, e => e.Path.Contains("AccessToken", StringComparison.Ordinal));
        Assert.Empty(emulator.Requests.All);
    }

    private static Func<string, LeadsClientOptions> Create(string option) => Creators.Single(c => c.Option == option).Create;

    private static AimbaseClientOptions Aimbase(Action<AimbaseClientOptions> change)
    {
        var options = new AimbaseClientOptions { BaseAddress = new Uri("https://aimbase.example.com/"), Username = "user", ApiToken = "token" };
        change(options);
        return options;
    }

    private static AimbaseODataClientOptions OData(Action<AimbaseODataClientOptions> change)
    {
        var options = new AimbaseODataClientOptions { BaseAddress = new Uri("https://aimbase.example.com/"), Username = "user", ApiToken = "token" };
        change(options);
        return options;
    }
}
