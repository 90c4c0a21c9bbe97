namespace Leads.Sdk.Delivery;

/// <summary>The kinds of <see cref="LeadDeliveryResolution"/>.</summary>
public enum LeadDeliveryResolutionKind
{
    /// <summary>The API has the lead: the delivery is <see cref="LeadDeliveryState.Delivered"/>.</summary>
    Delivered = 1,

    /// <summary>The API surely does not have the lead: it is sent again.</summary>
    NotReceived = 2,

    /// <summary>Undecidable: the delivery is <see cref="LeadDeliveryState.Unknown"/>.</summary>
    Unknown = 3,
}
