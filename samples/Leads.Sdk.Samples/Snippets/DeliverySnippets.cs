// The C# blocks of src/Leads.Sdk.Delivery/README.md (and the root README's Delivery section), compiled as written
// (ReadmeSnippetTests checks they match).
using Leads.Sdk.Aimbase.OData;
using Leads.Sdk.Aimbase.OData.Models;
using Leads.Sdk.Aimbase.OData.Query;
using Leads.Sdk.Delivery;
using Leads.Sdk.LeadExec.Models;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Leads.Sdk.Samples.Snippets;

internal static class DeliverySnippets
{
    public static async Task QuickStartAsync(IServiceCollection services, ILeadOutbox outbox, LeadExecCreateLeadRequest request, CancellationToken cancellationToken)
    {
        services.AddLeadDelivery(options => options.UseSqlite("data/leads-outbox.db"));   // plus AddLeadExecClient etc.

        var id = await outbox.EnqueueAsync(request, cancellationToken);      // durable when it returns
        Console.WriteLine(id);
    }

    public static void Register(IServiceCollection services, IConfiguration configuration)
    {
        services.AddLeadExecClient(configuration.GetSection("Leads:LeadExec"));
        services.AddLeadDelivery(options =>
        {
            options.UseSqlite("data/leads-outbox.db");          // default: leads-outbox.db in the current directory
            options.DeliveryDeadline = TimeSpan.FromHours(12);  // undelivered after this: Expired
            options.MaxConcurrency = 4;                         // leads sent at once by this worker
        });
        services.AddHealthChecks().AddLeadDelivery();           // Degraded when the oldest pending lead waits too long
    }

    public static async Task EnqueueAsync(ILeadOutbox outbox, LeadExecCreateLeadRequest request, CancellationToken cancellationToken)
    {
        var id = await outbox.EnqueueAsync(request, cancellationToken);
        Console.WriteLine($"Lead {id} will be delivered.");
    }

    public static async Task OperateAsync(ILeadOutbox outbox, LeadDeliveryId id, CancellationToken cancellationToken)
    {
        var statistics = await outbox.GetStatisticsAsync(cancellationToken);
        Console.WriteLine($"Pending: {statistics.Count(LeadDeliveryState.Pending)}, oldest waiting: {statistics.OldestPendingAge}");
        foreach (var delivery in await outbox.ListAsync(LeadDeliveryState.Unknown, 50, cancellationToken))
        {
            Console.WriteLine($"{delivery.Id} {delivery.Api} after {delivery.Attempts} attempt(s): {delivery.Reason}");
        }

        await outbox.RequeueAsync(id, cancellationToken);   // Rejected, Expired, Unknown or Cancelled: send again
        await outbox.CancelAsync(id, cancellationToken);    // a pending lead no worker is sending, or an Unknown one
    }
}

public sealed class AimbaseODataLeadResolver(IAimbaseODataClient odata) : ILeadDeliveryResolver
{
    public LeadDeliveryApi Api => LeadDeliveryApi.Aimbase;

    public async Task<LeadDeliveryResolution> ResolveAsync(LeadDelivery delivery, CancellationToken cancellationToken)
    {
        var email = delivery.AimbaseLead?.Email;
        var leadDate = delivery.AimbaseLead?.LeadDate;
        if (email is null || leadDate is null)
        {
            return LeadDeliveryResolution.Unknown("The lead has no e-mail and lead date to look it up by.");
        }

        var found = await odata.CountLeadsAsync(
            ODataFilter.FromExpression<AimbaseODataLead>(l => l.Prospect!.Email == email && l.LeadDate == leadDate),
            cancellationToken);
        return found.Count == 1
            ? LeadDeliveryResolution.Delivered()
            : LeadDeliveryResolution.Unknown($"{found.Count} leads match the e-mail and lead date.");
    }
}
