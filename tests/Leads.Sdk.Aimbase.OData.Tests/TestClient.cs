using Leads.Sdk.Aimbase.OData;
using RichardSzalay.MockHttp;

namespace Leads.Sdk.Aimbase.OData.Tests;

/// <summary>Builds clients over MockHttp.</summary>
internal static class TestClient
{
    public const string Base = "https://acme.aimbase.com/";

    public static AimbaseODataClientOptions Options(Action<AimbaseODataClientOptions>? configure = null)
    {
        var options = new AimbaseODataClientOptions { BaseAddress = new Uri(Base), Username = "api-user", ApiToken = "secret-token-123" };
        configure?.Invoke(options);
        return options;
    }

    public static AimbaseODataClient Create(MockHttpMessageHandler mock, Action<AimbaseODataClientOptions>? configure = null)
        => new(mock.ToHttpClient(), Options(configure));

    public static string Read(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", name));
}
