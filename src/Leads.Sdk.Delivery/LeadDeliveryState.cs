namespace Leads.Sdk.Delivery;

/// <summary>Where a delivery stands. Every state but <see cref="Pending"/> is final until an operator requeues it.</summary>
public enum LeadDeliveryState
{
    /// <summary>Waiting for delivery or being delivered (a worker holds a lease on it).</summary>
    Pending = 0,

    /// <summary>The API accepted the lead; <see cref="LeadDelivery.ApiIdentifiers"/> holds what it returned.</summary>
    Delivered = 1,

    /// <summary>The API refused the lead with reasons (<see cref="LeadDelivery.Reason"/>); never retried.</summary>
    Rejected = 2,

    /// <summary>The deadline passed before the lead could be delivered; it was never received by the API.</summary>
    Expired = 3,

    /// <summary>
    /// A request that may have reached the API could not be resolved: the lead may or may not exist there. Never re-sent
    /// automatically; an operator checks the API and then cancels or requeues it.
    /// </summary>
    Unknown = 4,

    /// <summary>Cancelled by an operator before delivery.</summary>
    Cancelled = 5,
}
