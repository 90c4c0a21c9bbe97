using Leads.Sdk.Aimbase.OData;
using RichardSzalay.MockHttp;

namespace Leads.Sdk.Aimbase.OData.Tests;

/// <summary>Builds clients over MockHttp.</summary>
internal static class TestClient
{
    public const string Base = "https://acme.aimbase.com/";

    public static AimbaseODataOptions Options(Action<AimbaseODataOptions>? configure = null)
    {
        var options = new AimbaseODataOptions { BaseAddress = new Uri(Base), UserName = "api-user", ApiToken = "secret-token-123" };
        configure?.Invoke(options);
        return options;
    }

    public static AimbaseODataClient Create(MockHttpMessageHandler mock, Action<AimbaseODataOptions>? configure = null)
        => new(mock.ToHttpClient(), Options(configure));

    public static string Read(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", name));
}
