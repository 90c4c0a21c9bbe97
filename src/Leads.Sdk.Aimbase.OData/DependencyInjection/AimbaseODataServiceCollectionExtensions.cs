using Leads.Sdk.Aimbase.OData;
using Leads.Sdk.DependencyInjection;
using Leads.Sdk.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers <see cref="IAimbaseODataClient"/>.</summary>
public static class AimbaseODataServiceCollectionExtensions
{
    /// <summary>The registration name used when none is given.</summary>
    public const string DefaultName = "AimbaseOData";

    /// <summary>Registers the client, configured in code.</summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>The HTTP client builder, to add handlers.</returns>
    public static IHttpClientBuilder AddAimbaseODataClient(this IServiceCollection services, Action<AimbaseODataClientOptions> configure)
        => services.AddAimbaseODataClient(DefaultName, configure);

    /// <summary>Registers the client, bound to a configuration section (for example <c>Leads:AimbaseOData</c>).</summary>
    /// <param name="services">The services.</param>
    /// <param name="section">The section.</param>
    /// <returns>The HTTP client builder, to add handlers.</returns>
    public static IHttpClientBuilder AddAimbaseODataClient(this IServiceCollection services, IConfiguration section)
        => services.AddAimbaseODataClient(DefaultName, section);

    /// <summary>Registers a named client, configured in code; resolve it with <c>ILeadsClientFactory&lt;IAimbaseODataClient&gt;</c>.</summary>
    /// <param name="services">The services.</param>
    /// <param name="name">The registration name.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>The HTTP client builder, to add handlers.</returns>
    public static IHttpClientBuilder AddAimbaseODataClient(this IServiceCollection services, string name, Action<AimbaseODataClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        return Register(services, name, builder => builder.Configure(configure));
    }

    /// <summary>Registers a named client bound to a configuration section.</summary>
    /// <param name="services">The services.</param>
    /// <param name="name">The registration name.</param>
    /// <param name="section">The section.</param>
    /// <returns>The HTTP client builder, to add handlers.</returns>
    public static IHttpClientBuilder AddAimbaseODataClient(this IServiceCollection services, string name, IConfiguration section)
    {
        ArgumentNullException.ThrowIfNull(section);
        return Register(services, name, builder => builder.Bind(section));
    }

    private static IHttpClientBuilder Register(IServiceCollection services, string name, Action<OptionsBuilder<AimbaseODataClientOptions>> configure)
    {
        // The Authenticate header reads the options on every request so rotated credentials apply without a restart.
        var http = services.AddLeadsClient<IAimbaseODataClient, AimbaseODataClientOptions>(
            name,
            AimbaseODataClient.Api,
            configure,
            (_, httpClient, options) => new AimbaseODataClient(httpClient, options),
            provider =>
            {
                var monitor = provider.GetRequiredService<IOptionsMonitor<AimbaseODataClientOptions>>();
                return new AvalaApiAuthenticationHandler(() =>
                {
                    var options = monitor.Get(name);
                    return (options.Username ?? string.Empty, options.ApiToken ?? string.Empty);
                });
            });
        return http;
    }
}
