using System.Diagnostics.CodeAnalysis;
using Leads.Sdk.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Polly;

namespace Leads.Sdk.DependencyInjection;

/// <summary>
/// Builds the handler chain of one named Leads client from <see cref="LeadsHttpPipeline"/>, after every other
/// configuration of that client has run, so a primary handler the app set later with
/// <c>ConfigurePrimaryHttpMessageHandler</c> still gets automatic redirects turned off.
/// </summary>
/// <typeparam name="TOptions">The package's options.</typeparam>
/// <param name="name">The registration name.</param>
/// <param name="api">The API.</param>
/// <param name="authentication">Creates the API's authentication handler, or null.</param>
internal sealed class LeadsHandlerBuilderFilter<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)] TOptions>(string name, LeadsApiDescriptor api, Func<IServiceProvider, DelegatingHandler>? authentication)
    : IHttpMessageHandlerBuilderFilter
    where TOptions : LeadsClientOptions
{
    // One per registration, not per handler chain: the factory rotates chains, the circuit breaker's state must outlive them.
    private ResiliencePipeline<HttpResponseMessage>? _resilience;

    /// <summary>The registration name.</summary>
    public string Name => name;

    public Action<HttpMessageHandlerBuilder> Configure(Action<HttpMessageHandlerBuilder> next)
        => builder =>
        {
            next(builder);
            if (!string.Equals(builder.Name, name, StringComparison.Ordinal))
            {
                return;
            }

            var services = builder.Services;
            var monitor = services.GetRequiredService<IOptionsMonitor<TOptions>>();
            var logger = services.GetService<ILoggerFactory>()?.CreateLogger("Leads.Sdk." + api.Name) ?? NullLogger.Instance;
            var resilience = LazyInitializer.EnsureInitialized(
                ref _resilience,
                () => LeadsHttpPipeline.CreateResilience(monitor.Get(name).Resilience, services.GetRequiredService<TimeProvider>()));
            var handlers = LeadsHttpPipeline.CreateHandlers(api, logger, resilience, () => monitor.Get(name).MaxResponseBytes, authentication?.Invoke(services));

            // Outermost: the app's own handlers (AddHttpMessageHandler) stay between the SDK's and the primary handler.
            for (var i = 0; i < handlers.Count; i++)
            {
                builder.AdditionalHandlers.Insert(i, handlers[i]);
            }

            LeadsHttpPipeline.Secure(builder.PrimaryHandler);
        };
}
