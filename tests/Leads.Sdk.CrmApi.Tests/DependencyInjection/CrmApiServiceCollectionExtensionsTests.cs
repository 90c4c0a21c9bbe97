using Leads.Sdk.DependencyInjection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Leads.Sdk.CrmApi.Tests.DependencyInjection;

public sealed class CrmApiServiceCollectionExtensionsTests
{
    [Fact]
    public async Task AddCrmApiClient_TwoTransientClients_ShareOneTokenProviderAndLogInOnce()
    {
        var crm = new FakeCrm();
        var services = new ServiceCollection();
        services.AddCrmApiClient(o => Configure(o)).ConfigurePrimaryHttpMessageHandler(() => crm.Handler);
        using var provider = services.BuildServiceProvider();

        var first = provider.GetRequiredService<ICrmApiClient>();
        var second = provider.GetRequiredService<ICrmApiClient>();
        await first.CreateLeadAsync(Requests.Minimal(), TestContext.Current.CancellationToken);
        await second.CreateLeadAsync(Requests.Minimal(), TestContext.Current.CancellationToken);

        Assert.NotSame(first, second);
        Assert.Equal(1, crm.Logins);
        Assert.Equal(2, crm.CreateBodies.Count);
    }

    [Fact]
    public async Task AddCrmApiClient_TwoNamedAccounts_EachLogsInWithItsOwnCredentials()
    {
        var crm = new FakeCrm();
        var services = new ServiceCollection();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["BaseAddress"] = FakeCrm.Server,
            ["Username"] = "west-user",
            ["Password"] = "west-password",
            ["Organisation"] = "WEST",
            ["TokenLifetime"] = "00:30:00",
        }).Build();
        services.AddCrmApiClient("east", o => Configure(o)).ConfigurePrimaryHttpMessageHandler(() => crm.Handler);
        services.AddCrmApiClient("west", configuration).ConfigurePrimaryHttpMessageHandler(() => crm.Handler);
        using var provider = services.BuildServiceProvider();
        var factory = provider.GetRequiredService<ILeadsClientFactory<ICrmApiClient>>();

        await factory.CreateClient("east").CreateLeadAsync(Requests.Minimal(), TestContext.Current.CancellationToken);
        await factory.CreateClient("west").CreateLeadAsync(Requests.Minimal(), TestContext.Current.CancellationToken);

        Assert.Equal(2, crm.Logins);
        Assert.Contains("\"username\":\"api-user\"", crm.LoginBodies[0], StringComparison.Ordinal);
        Assert.Contains("\"username\":\"west-user\"", crm.LoginBodies[1], StringComparison.Ordinal);
        Assert.NotSame(provider.GetRequiredKeyedService<CrmApiTokenProvider>("east"), provider.GetRequiredKeyedService<CrmApiTokenProvider>("west"));
    }

    private static void Configure(CrmApiClientOptions options)
    {
        var defaults = FakeCrm.Options();
        options.BaseAddress = defaults.BaseAddress;
        options.Username = defaults.Username;
        options.Password = defaults.Password;
        options.Organisation = defaults.Organisation;
    }
}
