using Leads.Sdk.Delivery;
using Leads.Sdk.Delivery.Diagnostics;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Adds the outbox's health check.</summary>
public static class LeadDeliveryHealthChecksBuilderExtensions
{
    /// <summary>The health check's default name.</summary>
    public const string DefaultName = "lead-delivery";

    /// <summary>
    /// Adds a check that reports Healthy while the oldest pending lead is younger than
    /// <see cref="LeadDeliveryOptions.HealthDegradedAfter"/>, Degraded when it is older, and Unhealthy when the store
    /// cannot be read. Needs <c>AddLeadDelivery</c>.
    /// </summary>
    /// <param name="builder">The health checks builder (<c>services.AddHealthChecks()</c>).</param>
    /// <param name="name">The check's name.</param>
    /// <param name="tags">Tags to filter checks by.</param>
    /// <returns>The builder.</returns>
    public static IHealthChecksBuilder AddLeadDelivery(this IHealthChecksBuilder builder, string name = DefaultName, IEnumerable<string>? tags = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddCheck<LeadDeliveryHealthCheck>(name, HealthStatus.Unhealthy, tags ?? []);
    }
}
