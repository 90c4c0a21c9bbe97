using System.Net;
using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using RichardSzalay.MockHttp;

namespace Leads.Sdk.Aimbase.Tests.DependencyInjection;

public sealed class AimbaseServiceCollectionExtensionsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AddAimbaseClient_Configuration_BindsOptionsAndSendsAuthenticateHeaderThroughThePipeline()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Aimbase:BaseAddress"] = "https://aimbase.example",
            ["Aimbase:Username"] = "config-user",
            ["Aimbase:ApiToken"] = "config-token",
            ["Aimbase:DefaultManufacturerCode"] = "CFG",
            ["Aimbase:Format"] = "Xml",
        }).Build();
        using var mock = new MockHttpMessageHandler();
        var headers = new List<string>();
        mock.When(HttpMethod.Post, "https://aimbase.example/marketing/api/lead?manufacturer=CFG").Respond(request =>
        {
            headers.Add(string.Join(",", request.Headers.GetValues("Authenticate")));
            headers.Add(request.Content!.Headers.ContentType!.MediaType!);
            return new HttpResponseMessage(HttpStatusCode.Created) { Content = new StringContent(DocExamples.XmlSuccess, Encoding.UTF8, "application/xml") };
        });
        var services = new ServiceCollection();
        services.AddAimbaseClient(configuration.GetSection("Aimbase")).ConfigurePrimaryHttpMessageHandler(() => mock);
        using var provider = services.BuildServiceProvider();

        var result = await provider.GetRequiredService<IAimbaseClient>().CreateLeadsAsync([TestData.ValidLead(DocExamples.XmlIdentifier)], cancellationToken: Ct);

        Assert.Single(result.Succeeded);
        Assert.Equal(["Avala-Api config-user:config-token", "application/xml"], headers);
    }

    [Fact]
    public void AddAimbaseClient_MissingCredentials_FailsOptionsValidation()
    {
        var services = new ServiceCollection();
        services.AddAimbaseClient(o => o.BaseAddress = new Uri("https://aimbase.example"));
        using var provider = services.BuildServiceProvider();

        var exception = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptionsMonitor<AimbaseClientOptions>>().Get(AimbaseServiceCollectionExtensions.DefaultName));

        Assert.Contains(exception.Failures, f => f.Contains("Username", StringComparison.Ordinal));
        Assert.Contains(exception.Failures, f => f.Contains("ApiToken", StringComparison.Ordinal));
    }
}
