using System.Diagnostics.CodeAnalysis;
using Leads.Sdk.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Options;

namespace Leads.Sdk.DependencyInjection;

/// <summary>
/// The registration every package's <c>services.AddXxxClient(...)</c> is built on: named, validated options; an
/// <see cref="IHttpClientFactory"/> client with the pipeline of <c>LeadsHttpPipeline</c> (diagnostics, transport-error
/// mapping, the resilience pipeline, the response size cap, authentication, a redirect guard, one request on the wire per
/// attempt) over a primary handler that never follows redirects, even one the app configures later; and the typed client, resolvable directly or by name through <see cref="ILeadsClientFactory{TClient}"/>.
/// </summary>
internal static class LeadsServiceCollectionExtensions
{
    /// <summary>Registers a Leads.Sdk client. Packages call this; apps call the package's <c>AddXxxClient</c>.</summary>
    /// <typeparam name="TClient">The public client interface.</typeparam>
    /// <typeparam name="TOptions">The package's options.</typeparam>
    /// <param name="services">The service collection.</param>
    /// <param name="name">The registration name (also the <see cref="IHttpClientFactory"/> client name).</param>
    /// <param name="api">The API's descriptor.</param>
    /// <param name="configureOptions">Binds or configures the options (the package binds its concrete type so the configuration binder source generator applies).</param>
    /// <param name="createClient">Creates the client from the provider, the configured <see cref="HttpClient"/> and the options.</param>
    /// <returns>The HTTP client builder, to add handlers or change the pipeline.</returns>
    public static IHttpClientBuilder AddLeadsClient<TClient, [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)] TOptions>(
        this IServiceCollection services,
        string name,
        LeadsApiDescriptor api,
        Action<OptionsBuilder<TOptions>> configureOptions,
        Func<IServiceProvider, HttpClient, TOptions, TClient> createClient)
        where TClient : class
        where TOptions : LeadsClientOptions
        => services.AddLeadsClient(name, api, configureOptions, createClient, authentication: null);

    /// <summary>As the public overload, with the API's authentication handler in the pipeline (Aimbase, OData).</summary>
    internal static IHttpClientBuilder AddLeadsClient<TClient, [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)] TOptions>(
        this IServiceCollection services,
        string name,
        LeadsApiDescriptor api,
        Action<OptionsBuilder<TOptions>> configureOptions,
        Func<IServiceProvider, HttpClient, TOptions, TClient> createClient,
        Func<IServiceProvider, DelegatingHandler>? authentication)
        where TClient : class
        where TOptions : LeadsClientOptions
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(api);
        ArgumentNullException.ThrowIfNull(configureOptions);
        ArgumentNullException.ThrowIfNull(createClient);

        var optionsBuilder = services.AddOptions<TOptions>(name);
        configureOptions(optionsBuilder);
        optionsBuilder.ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TOptions>, LeadsOptionsValidator<TOptions>>());
        services.TryAddSingleton(TimeProvider.System);

        var http = services.AddHttpClient(name)
            .ConfigureHttpClient((provider, client) => LeadsHttpPipeline.ConfigureHttpClient(client, Options(provider, name)))
            .ConfigurePrimaryHttpMessageHandler(LeadsHttpPipeline.CreatePrimaryHandler)

            // The default HttpClientFactory loggers print full URIs, and CRM.COM GET calls carry ?token=.
            .RemoveAllLoggers();

        // The SDK's handlers are added by a filter, which runs after the app's own configuration of this client.
        if (!services.Any(d => d.ImplementationInstance is LeadsHandlerBuilderFilter<TOptions> filter && filter.Name == name))
        {
            services.AddSingleton<IHttpMessageHandlerBuilderFilter>(new LeadsHandlerBuilderFilter<TOptions>(name, api, authentication));
        }

        services.Configure<LeadsClientRegistration<TClient>>(name, registration => registration.Factory = provider =>
            createClient(provider, provider.GetRequiredService<IHttpClientFactory>().CreateClient(name), Options(provider, name)));
        services.TryAddSingleton<ILeadsClientFactory<TClient>, LeadsClientFactory<TClient>>();

        // The first registration is the one resolved without a name.
        services.TryAddTransient(provider => provider.GetRequiredService<ILeadsClientFactory<TClient>>().CreateClient(name));
        return http;

        static TOptions Options(IServiceProvider provider, string name) => provider.GetRequiredService<IOptionsMonitor<TOptions>>().Get(name);
    }

}
