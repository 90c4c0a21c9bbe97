using Leads.Sdk.Delivery;
using Leads.Sdk.Delivery.Diagnostics;
using Leads.Sdk.Delivery.Internal;
using Leads.Sdk.Delivery.Storage;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the lead delivery outbox.</summary>
public static class LeadDeliveryServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="ILeadOutbox"/>, its store (SQLite at <see cref="LeadDeliveryOptions.SqlitePath"/> unless
    /// another is chosen), the hosted worker that delivers, and the metrics. Register the API clients the outbox delivers
    /// with as usual (<c>AddAimbaseClient</c>, <c>AddLeadExecClient</c>, <c>AddCrmApiClient</c>): the worker resolves
    /// <c>IAimbaseClient</c>, <c>ILeadExecClient</c> and <c>ICrmApiClient</c> when it first needs each.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options; the defaults work without it.</param>
    /// <returns>The service collection.</returns>
    public static IServiceCollection AddLeadDelivery(this IServiceCollection services, Action<LeadDeliveryOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var builder = services.AddOptions<LeadDeliveryOptions>();
        if (configure is not null)
        {
            builder.Configure(configure);
        }

        builder
            .Validate(o => o.MaxConcurrency >= 1, "LeadDeliveryOptions.MaxConcurrency must be 1 or more.")
            .Validate(o => o.LeaseDuration > TimeSpan.Zero && o.PollInterval > TimeSpan.Zero && o.DeliveryDeadline > TimeSpan.Zero, "LeadDeliveryOptions.LeaseDuration, PollInterval and DeliveryDeadline must be positive.")
            .Validate(o => o.InitialRetryDelay >= TimeSpan.Zero && o.MaxRetryDelay >= o.InitialRetryDelay, "LeadDeliveryOptions.InitialRetryDelay must be 0 or more and MaxRetryDelay at least InitialRetryDelay.")
            .ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        services.AddMetrics();
        services.TryAddSingleton<ILeadOutboxStore>(provider =>
        {
            var options = provider.GetRequiredService<IOptions<LeadDeliveryOptions>>().Value;
            return options.StoreFactory?.Invoke(provider) ?? new SqliteLeadOutboxStore(options.SqlitePath);
        });
        services.TryAddSingleton<LeadOutboxStoreProvider>();
        services.TryAddSingleton<LeadDeliveryMetrics>();
        services.TryAddSingleton<LeadOutbox>();
        services.TryAddSingleton<LeadDeliveryProcessor>();
        services.TryAddSingleton<ILeadOutbox>(provider => provider.GetRequiredService<LeadOutbox>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, LeadDeliveryWorker>());
        return services;
    }
}
