using Leads.Sdk.Aimbase;
using Leads.Sdk.DependencyInjection;
using Leads.Sdk.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers <see cref="IAimbaseClient"/>.</summary>
public static class AimbaseServiceCollectionExtensions
{
    /// <summary>The registration name used when none is given.</summary>
    public const string DefaultName = "Aimbase";

    /// <summary>Registers the Aimbase Lead API client under <see cref="DefaultName"/>.</summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>The HTTP client builder, to add handlers.</returns>
    public static IHttpClientBuilder AddAimbaseClient(this IServiceCollection services, Action<AimbaseClientOptions> configure)
        => services.AddAimbaseClient(DefaultName, configure);

    /// <summary>Registers the Aimbase Lead API client under <see cref="DefaultName"/>, bound to a configuration section.</summary>
    /// <param name="services">The services.</param>
    /// <param name="section">The section, for example <c>Leads:Aimbase</c>.</param>
    /// <returns>The HTTP client builder, to add handlers.</returns>
    public static IHttpClientBuilder AddAimbaseClient(this IServiceCollection services, IConfiguration section)
        => services.AddAimbaseClient(DefaultName, section);

    /// <summary>Registers a named Aimbase Lead API client (resolve it with <c>ILeadsClientFactory&lt;IAimbaseClient&gt;</c>).</summary>
    /// <param name="services">The services.</param>
    /// <param name="name">The registration name.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>The HTTP client builder, to add handlers.</returns>
    public static IHttpClientBuilder AddAimbaseClient(this IServiceCollection services, string name, Action<AimbaseClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        return Add(services, name, builder => builder.Configure(configure));
    }

    /// <summary>Registers a named Aimbase Lead API client bound to a configuration section.</summary>
    /// <param name="services">The services.</param>
    /// <param name="name">The registration name.</param>
    /// <param name="section">The section.</param>
    /// <returns>The HTTP client builder, to add handlers.</returns>
    public static IHttpClientBuilder AddAimbaseClient(this IServiceCollection services, string name, IConfiguration section)
    {
        ArgumentNullException.ThrowIfNull(section);
        return Add(services, name, builder => builder.Bind(section));
    }

    private static IHttpClientBuilder Add(IServiceCollection services, string name, Action<OptionsBuilder<AimbaseClientOptions>> configure)
    {
        // The Authenticate header reads the options on every request so rotated credentials apply without a restart.
        var http = services.AddLeadsClient<IAimbaseClient, AimbaseClientOptions>(
            name,
            AimbaseClient.Api,
            configure,
            (_, httpClient, options) => new AimbaseClient(httpClient, options),
            provider => new AvalaApiAuthenticationHandler(() =>
            {
                var options = provider.GetRequiredService<IOptionsMonitor<AimbaseClientOptions>>().Get(name);
                return (options.Username ?? string.Empty, options.ApiToken ?? string.Empty);
            }));
        return http;
    }
}
