using Leads.Sdk.DependencyInjection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Leads.Sdk.Aimbase.OData.Tests;

public sealed class DependencyInjectionTests
{
    [Fact]
    public void AddAimbaseODataClient_ConfigurationSection_BindsEveryOption()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Leads:AimbaseOData:BaseAddress"] = "https://acme.aimbase.com/",
            ["Leads:AimbaseOData:Username"] = "api-user",
            ["Leads:AimbaseOData:ApiToken"] = "t0ken",
            ["Leads:AimbaseOData:MaxPageSize"] = "200",
        }).Build();
        var services = new ServiceCollection();

        services.AddAimbaseODataClient(configuration.GetSection("Leads:AimbaseOData"));
        using var provider = services.BuildServiceProvider();
        var options = provider.GetRequiredService<IOptionsMonitor<AimbaseODataClientOptions>>().Get(AimbaseODataServiceCollectionExtensions.DefaultName);

        Assert.Equal("api-user", options.Username);
        Assert.Equal("t0ken", options.ApiToken);
        Assert.Equal(200, options.MaxPageSize);
        Assert.IsType<AimbaseODataClient>(provider.GetRequiredService<IAimbaseODataClient>());
    }

    [Fact]
    public void AddAimbaseODataClient_ConfigurationWithEarlierUserNameKey_StillBindsUsername()
    {
        // Configuration written for the earlier UserName property keeps working: configuration keys ignore case.
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Leads:AimbaseOData:BaseAddress"] = "https://acme.aimbase.com/",
            ["Leads:AimbaseOData:UserName"] = "earlier-user",
            ["Leads:AimbaseOData:ApiToken"] = "t0ken",
        }).Build();
        var services = new ServiceCollection();

        services.AddAimbaseODataClient(configuration.GetSection("Leads:AimbaseOData"));
        using var provider = services.BuildServiceProvider();
        var options = provider.GetRequiredService<IOptionsMonitor<AimbaseODataClientOptions>>().Get(AimbaseODataServiceCollectionExtensions.DefaultName);

        Assert.Equal("earlier-user", options.Username);
    }

    [Fact]
    public void AddAimbaseODataClient_Named_ResolvesThroughFactory()
    {
        var services = new ServiceCollection();
        services.AddAimbaseODataClient("east", o => { o.BaseAddress = new Uri("https://east.aimbase.com/"); o.Username = "u"; o.ApiToken = "t"; });
        services.AddAimbaseODataClient("west", o => { o.BaseAddress = new Uri("https://west.aimbase.com/"); o.Username = "u"; o.ApiToken = "t"; });
        using var provider = services.BuildServiceProvider();

        var client = provider.GetRequiredService<ILeadsClientFactory<IAimbaseODataClient>>().CreateClient("west");

        Assert.NotNull(client);
    }

    [Fact]
    public void AddAimbaseODataClient_MissingToken_FailsValidationNamingIt()
    {
        var services = new ServiceCollection();
        services.AddAimbaseODataClient(o => { o.BaseAddress = new Uri("https://acme.aimbase.com/"); o.Username = "u:x"; });
        using var provider = services.BuildServiceProvider();

        var exception = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptionsMonitor<AimbaseODataClientOptions>>().Get(AimbaseODataServiceCollectionExtensions.DefaultName));

        Assert.Contains(exception.Failures, f => f.Contains("ApiToken", StringComparison.Ordinal));
        Assert.Contains(exception.Failures, f => f.Contains("':'", StringComparison.Ordinal));
    }
}
