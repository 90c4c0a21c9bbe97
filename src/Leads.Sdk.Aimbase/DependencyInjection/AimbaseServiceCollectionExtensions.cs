using Leads.Sdk.Aimbase;
using Leads.Sdk.DependencyInjection;
using Leads.Sdk.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers <see cref="IAimbaseLeadClient"/>.</summary>
public static class AimbaseServiceCollectionExtensions
{
    /// <summary>The registration name used when none is given.</summary>
    public const string DefaultName = "Aimbase";

    /// <summary>Registers the Aimbase Lead API client under <see cref="DefaultName"/>.</summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>The HTTP client builder, to add handlers.</returns>
    public static IHttpClientBuilder AddAimbaseLeadClient(this IServiceCollection services, Action<AimbaseOptions> configure)
        => services.AddAimbaseLeadClient(DefaultName, configure);

    /// <summary>Registers the Aimbase Lead API client under <see cref="DefaultName"/>, bound to a configuration section.</summary>
    /// <param name="services">The services.</param>
    /// <param name="section">The section, for example <c>Leads:Aimbase</c>.</param>
    /// <returns>The HTTP client builder, to add handlers.</returns>
    public static IHttpClientBuilder AddAimbaseLeadClient(this IServiceCollection services, IConfiguration section)
        => services.AddAimbaseLeadClient(DefaultName, section);

    /// <summary>Registers a named Aimbase Lead API client (resolve it with <c>ILeadsClientFactory&lt;IAimbaseLeadClient&gt;</c>).</summary>
    /// <param name="services">The services.</param>
    /// <param name="name">The registration name.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>The HTTP client builder, to add handlers.</returns>
    public static IHttpClientBuilder AddAimbaseLeadClient(this IServiceCollection services, string name, Action<AimbaseOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        return Add(services, name, builder => builder.Configure(configure));
    }

    /// <summary>Registers a named Aimbase Lead API client bound to a configuration section.</summary>
    /// <param name="services">The services.</param>
    /// <param name="name">The registration name.</param>
    /// <param name="section">The section.</param>
    /// <returns>The HTTP client builder, to add handlers.</returns>
    public static IHttpClientBuilder AddAimbaseLeadClient(this IServiceCollection services, string name, IConfiguration section)
    {
        ArgumentNullException.ThrowIfNull(section);
        return Add(services, name, builder => builder.Bind(section));
    }

    private static IHttpClientBuilder Add(IServiceCollection services, string name, Action<OptionsBuilder<AimbaseOptions>> configure)
    {
        // The Authenticate header reads the options on every request so rotated credentials apply without a restart.
        var http = services.AddLeadsClient<IAimbaseLeadClient, AimbaseOptions>(
            name,
            AimbaseLeadClient.Api,
            configure,
            (_, httpClient, options) => new AimbaseLeadClient(httpClient, options),
            provider => new AvalaApiAuthenticationHandler(() =>
            {
                var options = provider.GetRequiredService<IOptionsMonitor<AimbaseOptions>>().Get(name);
                return (options.Username ?? string.Empty, options.ApiToken ?? string.Empty);
            }));
        return http;
    }
}
