using System.Globalization;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Leads.Sdk.Delivery.Diagnostics;

/// <summary>Degraded when the oldest pending lead has waited longer than <see cref="LeadDeliveryOptions.HealthDegradedAfter"/>.</summary>
internal sealed class LeadDeliveryHealthCheck(ILeadOutbox outbox, IOptions<LeadDeliveryOptions> options) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var statistics = await outbox.GetStatisticsAsync(cancellationToken).ConfigureAwait(false);
        var data = new Dictionary<string, object>
        {
            ["pending"] = statistics.Count(LeadDeliveryState.Pending),
            ["unknown"] = statistics.Count(LeadDeliveryState.Unknown),
        };
        if (statistics.OldestPendingAge is not { } age)
        {
            return HealthCheckResult.Healthy("No lead is waiting.", data);
        }

        data["oldestPendingAgeSeconds"] = Math.Round(age.TotalSeconds);
        var limit = options.Value.HealthDegradedAfter;
        var seconds = Math.Round(age.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        return age > limit
            ? HealthCheckResult.Degraded($"The oldest pending lead has waited {seconds} s (limit {limit.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s).", data: data)
            : HealthCheckResult.Healthy($"The oldest pending lead has waited {seconds} s.", data);
    }
}
