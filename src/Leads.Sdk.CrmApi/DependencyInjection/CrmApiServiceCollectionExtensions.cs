using Leads.Sdk.CrmApi;
using Leads.Sdk.DependencyInjection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the CRM.COM CRM API v2 client.</summary>
public static class CrmApiServiceCollectionExtensions
{
    /// <summary>The registration name used by the overloads without a name.</summary>
    public const string DefaultName = "CrmApi";

    /// <summary>Registers <see cref="ICrmApiClient"/> configured in code.</summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Sets the options.</param>
    public static IHttpClientBuilder AddCrmApiClient(this IServiceCollection services, Action<CrmApiClientOptions> configure)
        => services.AddCrmApiClient(DefaultName, configure);

    /// <summary>Registers <see cref="ICrmApiClient"/> bound to a configuration section.</summary>
    /// <param name="services">The services.</param>
    /// <param name="configuration">The section, for example <c>Leads:CrmApi</c>.</param>
    public static IHttpClientBuilder AddCrmApiClient(this IServiceCollection services, IConfiguration configuration)
        => services.AddCrmApiClient(DefaultName, configuration);

    /// <summary>Registers a named <see cref="ICrmApiClient"/> configured in code.</summary>
    /// <param name="services">The services.</param>
    /// <param name="name">The name, for <see cref="ILeadsClientFactory{TClient}"/>.</param>
    /// <param name="configure">Sets the options.</param>
    public static IHttpClientBuilder AddCrmApiClient(this IServiceCollection services, string name, Action<CrmApiClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        return Add(services, name, builder => builder.Configure(configure));
    }

    /// <summary>Registers a named <see cref="ICrmApiClient"/> bound to a configuration section.</summary>
    /// <param name="services">The services.</param>
    /// <param name="name">The name, for <see cref="ILeadsClientFactory{TClient}"/>.</param>
    /// <param name="configuration">The section.</param>
    public static IHttpClientBuilder AddCrmApiClient(this IServiceCollection services, string name, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return Add(services, name, builder => builder.Bind(configuration));
    }

    private static IHttpClientBuilder Add(IServiceCollection services, string name, Action<OptionsBuilder<CrmApiClientOptions>> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrEmpty(name);

        // One token provider per account, shared by every (transient) client of that name: one login, one cache.
        services.AddKeyedSingleton(name, (provider, _) => new CrmApiTokenProvider(
            () => provider.GetRequiredService<IHttpClientFactory>().CreateClient(name),
            provider.GetRequiredService<IOptionsMonitor<CrmApiClientOptions>>().Get(name),
            provider.GetRequiredService<TimeProvider>()));

        return services.AddLeadsClient<ICrmApiClient, CrmApiClientOptions>(
            name,
            CrmApiClient.Api,
            configure,
            (provider, httpClient, options) => new CrmApiClient(httpClient, options, provider.GetRequiredKeyedService<CrmApiTokenProvider>(name)));
    }
}
