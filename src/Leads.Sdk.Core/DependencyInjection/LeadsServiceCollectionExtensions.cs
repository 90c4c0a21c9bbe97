using System.Diagnostics.CodeAnalysis;
using Leads.Sdk.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Leads.Sdk.DependencyInjection;

/// <summary>
/// The registration every package's <c>services.AddXxxClient(...)</c> is built on: named, validated options; an
/// <see cref="IHttpClientFactory"/> client with diagnostics, transport-error mapping, the resilience pipeline and
/// the response size cap; and the typed client, resolvable directly or by name through <see cref="ILeadsClientFactory{TClient}"/>.
/// </summary>
public static class LeadsServiceCollectionExtensions
{
    private static readonly string UserAgent = "Leads.Sdk/" + LeadsTelemetry.Version;

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
            .ConfigureHttpClient((provider, client) =>
            {
                var options = Options(provider, name);
                client.BaseAddress = WithTrailingSlash(options.BaseAddress);

                // The resilience pipeline owns timeouts; HttpClient's own would cut retries short.
                client.Timeout = options.Resilience.Enabled ? Timeout.InfiniteTimeSpan : options.Resilience.TotalTimeout;

                // Kept as the unparsed string so HttpClient shares it with every request instead of cloning a parsed
                // ProductInfoHeaderValue per call.
                client.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", UserAgent);
            })

            // The default HttpClientFactory loggers print full URIs, and CRM.COM GET calls carry ?token=.
            .RemoveAllLoggers()
            .AddHttpMessageHandler(provider => new DiagnosticsHandler(
                api,
                provider.GetService<ILoggerFactory>()?.CreateLogger("Leads.Sdk." + api.Name) ?? NullLogger.Instance))
            .AddHttpMessageHandler(() => new TransportErrorHandler(api));

        http.AddResilienceHandler("Leads.Sdk", (pipeline, context) =>
            LeadsResiliencePipeline.Configure(
                pipeline,
                Options(context.ServiceProvider, name).Resilience,
                context.ServiceProvider.GetRequiredService<TimeProvider>()));

        http.AddHttpMessageHandler(provider =>
        {
            // Resolved once per handler chain, not per request; Get(name) still sees reloaded options.
            var monitor = provider.GetRequiredService<IOptionsMonitor<TOptions>>();
            return new MaxResponseSizeHandler(api, () => monitor.Get(name).MaxResponseBytes);
        });

        services.Configure<LeadsClientRegistration<TClient>>(name, registration => registration.Factory = provider =>
            createClient(provider, provider.GetRequiredService<IHttpClientFactory>().CreateClient(name), Options(provider, name)));
        services.TryAddSingleton<ILeadsClientFactory<TClient>, LeadsClientFactory<TClient>>();

        // The first registration is the one resolved without a name.
        services.TryAddTransient(provider => provider.GetRequiredService<ILeadsClientFactory<TClient>>().CreateClient(name));
        return http;

        static TOptions Options(IServiceProvider provider, string name) => provider.GetRequiredService<IOptionsMonitor<TOptions>>().Get(name);
    }

    private static Uri? WithTrailingSlash(Uri? address)
        => address is null || address.AbsoluteUri.EndsWith('/') ? address : new Uri(address.AbsoluteUri + "/");
}
