namespace Leads.Sdk.Delivery;

/// <summary>
/// Settles a delivery whose request may have reached the API (a timeout or lost connection after sending, or a worker that
/// stopped mid-send), for an API that documents no lookup by request: Aimbase and CRM.COM. Register one per API as a
/// singleton; without one, such a delivery becomes <see cref="LeadDeliveryState.Unknown"/>. For Aimbase, the OData client
/// can look the lead up (for example by e-mail and lead date).
/// </summary>
public interface ILeadDeliveryResolver
{
    /// <summary>The API this resolver answers for (<see cref="LeadDeliveryApi.Aimbase"/> or <see cref="LeadDeliveryApi.CrmApi"/>).</summary>
    LeadDeliveryApi Api { get; }

    /// <summary>Decides whether the API has the lead.</summary>
    /// <param name="delivery">The delivery with its lead, attempts and the time its first attempt started.</param>
    /// <param name="cancellationToken">Cancels the lookup.</param>
    /// <returns>Delivered (the lead exists), NotReceived (safe to send again) or Unknown.</returns>
    Task<LeadDeliveryResolution> ResolveAsync(LeadDelivery delivery, CancellationToken cancellationToken);
}
