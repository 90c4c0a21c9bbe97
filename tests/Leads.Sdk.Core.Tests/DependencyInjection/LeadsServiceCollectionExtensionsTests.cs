using System.Net;
using System.Text.RegularExpressions;
using Leads.Sdk.Core.Tests.TestSupport;
using Leads.Sdk.DependencyInjection;
using Leads.Sdk.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using RichardSzalay.MockHttp;

namespace Leads.Sdk.Core.Tests.DependencyInjection;

public class LeadsServiceCollectionExtensionsTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public void AddLeadsClient_Called_ReturnsBuilderForTheNamedHttpClient()
    {
        var services = new ServiceCollection();

        var builder = services.AddTestClient(new MockHttpMessageHandler(), "eu");

        Assert.Equal("eu", builder.Name);
        Assert.Contains(builder.Services, d => d.ServiceType == typeof(ILeadsClientFactory<ITestClient>));
    }

    [Fact]
    public async Task CreateClient_TwoNames_EachUsesItsOwnOptions()
    {
        var mockHttp = new MockHttpMessageHandler();
        var us = mockHttp.When("https://us.example.test/leads").Respond("text/plain", "us");
        var eu = mockHttp.When("https://eu.example.test/api/leads").Respond("text/plain", "eu");
        var services = new ServiceCollection();
        services.AddTestClient(mockHttp, "us", o => o.BaseAddress = new Uri("https://us.example.test"));
        services.AddTestClient(mockHttp, "eu", o => o.BaseAddress = new Uri("https://eu.example.test/api"));
        using var provider = services.BuildServiceProvider();
        var factory = provider.GetRequiredService<ILeadsClientFactory<ITestClient>>();

        var euBody = await factory.CreateClient("eu").SendAsync(HttpMethod.Get, "leads", Token);
        var usBody = await factory.CreateClient("us").SendAsync(HttpMethod.Get, "leads", Token);
        var defaultClient = provider.GetRequiredService<ITestClient>();

        Assert.Equal("eu", euBody);
        Assert.Equal("us", usBody);
        Assert.Equal(1, mockHttp.GetMatchCount(eu));
        Assert.Equal(1, mockHttp.GetMatchCount(us));
        Assert.Equal("https://us.example.test/", defaultClient.BaseAddress);
        Assert.Equal("https://eu.example.test/api/", factory.CreateClient("eu").BaseAddress);
    }

    [Fact]
    public void CreateClient_UnknownName_ThrowsInvalidOperation()
    {
        var services = new ServiceCollection();
        services.AddTestClient(new MockHttpMessageHandler(), "us");
        using var provider = services.BuildServiceProvider();

        var exception = Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<ILeadsClientFactory<ITestClient>>().CreateClient("mars"));

        Assert.Contains("'mars'", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_AnyRequest_SendsLeadsSdkUserAgent()
    {
        var mockHttp = new MockHttpMessageHandler();
        string? userAgent = null;
        mockHttp.Fallback.Respond(req =>
        {
            userAgent = req.Headers.UserAgent.ToString();
            return new HttpResponseMessage(HttpStatusCode.OK);
        });
        using var provider = TestServices.Build(mockHttp);

        await provider.GetRequiredService<ITestClient>().SendAsync(HttpMethod.Get, "leads", Token);
        await provider.GetRequiredService<ITestClient>().SendAsync(HttpMethod.Get, "leads", Token);

        Assert.Equal($"Leads.Sdk/{LeadsTelemetry.Version}", userAgent);
        Assert.Matches(new Regex(@"^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$"), LeadsTelemetry.Version);
    }

    [Fact]
    public void OptionsMonitorGet_InvalidNamedOptions_ThrowsNamingTheOption()
    {
        var services = new ServiceCollection();
        services.AddTestClient(new MockHttpMessageHandler(), "bad", o => o.BaseAddress = new Uri("http://api.example.test/"));
        using var provider = services.BuildServiceProvider();

        var exception = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptionsMonitor<TestOptions>>().Get("bad"));

        Assert.Equal("bad", exception.OptionsName);
        Assert.Contains("TestOptions 'bad': BaseAddress must use https", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void StartupValidator_InvalidOptions_Throws()
    {
        var services = new ServiceCollection();
        services.AddTestClient(new MockHttpMessageHandler(), "bad", o => o.Password = null);
        using var provider = services.BuildServiceProvider();

        var exception = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("Password is required.", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void StartupValidator_ValidOptions_DoesNotThrow()
    {
        var services = new ServiceCollection();
        services.AddTestClient(new MockHttpMessageHandler());
        using var provider = services.BuildServiceProvider();

        provider.GetRequiredService<IStartupValidator>().Validate();
    }

    [Fact]
    public void ResolveClient_InvalidOptions_ThrowsOptionsValidation()
    {
        var services = new ServiceCollection();
        services.AddTestClient(new MockHttpMessageHandler(), configure: o => o.BaseAddress = new Uri("/relative", UriKind.Relative));
        using var provider = services.BuildServiceProvider();

        var exception = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<ITestClient>());

        Assert.Contains("BaseAddress must be an absolute URI.", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_WithLogging_NoLogLineHoldsQueryString()
    {
        var mockHttp = new MockHttpMessageHandler();
        mockHttp.Fallback.Respond(HttpStatusCode.OK);
        using var loggers = new FakeLoggerProvider();
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(loggers));
        services.AddTestClient(mockHttp);
        using var provider = services.BuildServiceProvider();

        await provider.GetRequiredService<ITestClient>().SendAsync(HttpMethod.Get, "contacts?token=s3cr3t-token", Token);

        var records = loggers.Collector.GetSnapshot();
        Assert.Contains(records, r => r.Category == "Leads.Sdk.TestApi" && r.Message.Contains("/v1/contacts", StringComparison.Ordinal));
        Assert.All(records, r => Assert.DoesNotContain("s3cr3t", r.Message, StringComparison.Ordinal));
    }
}
