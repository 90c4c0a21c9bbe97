using Microsoft.Extensions.Hosting;

namespace Leads.Sdk.Delivery.Internal;

/// <summary>The hosted worker that delivers leads (work in progress).</summary>
internal sealed class LeadDeliveryWorker : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.CompletedTask;
}
