using System.Globalization;

namespace Leads.Sdk.Delivery;

/// <summary>The outbox's identifier of one delivery: increasing in order of arrival.</summary>
/// <param name="Value">The store's sequence number.</param>
public readonly record struct LeadDeliveryId(long Value)
{
    /// <inheritdoc/>
    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);
}
