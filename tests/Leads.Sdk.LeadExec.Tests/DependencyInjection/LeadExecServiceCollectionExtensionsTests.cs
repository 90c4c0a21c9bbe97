using Leads.Sdk.DependencyInjection;
using Leads.Sdk.LeadExec.Models;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Leads.Sdk.LeadExec.Tests.DependencyInjection;

public sealed class LeadExecServiceCollectionExtensionsTests
{
    [Fact]
    public void AddLeadExecClient_ConfigurationSection_BindsEveryOption()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["LeadExec:VendorId"] = "18",
            ["LeadExec:LeadTypeId"] = "1",
            ["LeadExec:AffiliateId"] = "23",
            ["LeadExec:Password"] = "pw",
            ["LeadExec:DefaultEncoding"] = "Xml",
            ["LeadExec:ResponseFormat"] = "Xml",
            ["LeadExec:SendDelay"] = "03:00:00",
            ["LeadExec:DefaultReturnUrl"] = "https://example.com/cb",
        }).Build();
        var services = new ServiceCollection();

        services.AddLeadExecClient(configuration.GetSection("LeadExec"));
        using var provider = services.BuildServiceProvider();
        var options = provider.GetRequiredService<IOptionsMonitor<LeadExecClientOptions>>().Get(LeadExecServiceCollectionExtensions.DefaultName);

        Assert.Equal((18, 1, 23, "pw"), (options.VendorId, options.LeadTypeId, options.AffiliateId, options.Password));
        Assert.Equal(LeadExecEncoding.Xml, options.DefaultEncoding);
        Assert.Equal(LeadExecResponseFormat.Xml, options.ResponseFormat);
        Assert.Equal(TimeSpan.FromHours(3), options.SendDelay);
        Assert.Equal(new Uri("https://example.com/cb"), options.DefaultReturnUrl);
        Assert.Equal(new Uri("https://leads.leadexec.net/"), options.BaseAddress);
        Assert.IsType<LeadExecClient>(provider.GetRequiredService<ILeadExecClient>());
    }

    [Fact]
    public void AddLeadExecClient_Named_ResolvesEachWithItsOwnOptions()
    {
        var services = new ServiceCollection();
        services.AddLeadExecClient("a", o => o.VendorId = 1);
        services.AddLeadExecClient("b", o => o.VendorId = 2);
        using var provider = services.BuildServiceProvider();

        var factory = provider.GetRequiredService<ILeadsClientFactory<ILeadExecClient>>();

        Assert.NotNull(factory.CreateClient("a"));
        Assert.NotNull(factory.CreateClient("b"));
        Assert.Equal(2, provider.GetRequiredService<IOptionsMonitor<LeadExecClientOptions>>().Get("b").VendorId);
    }

    [Fact]
    public void AddLeadExecClient_InvalidOptions_FailsOnResolve()
    {
        var services = new ServiceCollection();
        services.AddLeadExecClient(o => o.VendorId = -5);
        using var provider = services.BuildServiceProvider();

        Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<ILeadExecClient>());
    }
}
