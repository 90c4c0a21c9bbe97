namespace Leads.Sdk.Delivery;

/// <summary>A resolver's answer about a lead that may have reached the API.</summary>
public sealed class LeadDeliveryResolution
{
    private LeadDeliveryResolution(LeadDeliveryResolutionKind kind, IReadOnlyDictionary<string, string> apiIdentifiers, string? reason)
    {
        Kind = kind;
        ApiIdentifiers = apiIdentifiers;
        Reason = reason;
    }

    /// <summary>What the resolver found.</summary>
    public LeadDeliveryResolutionKind Kind { get; }

    /// <summary>For <see cref="LeadDeliveryResolutionKind.Delivered"/>, the API's identifiers of the lead. Never null.</summary>
    public IReadOnlyDictionary<string, string> ApiIdentifiers { get; }

    /// <summary>For <see cref="LeadDeliveryResolutionKind.Unknown"/>, why it could not be decided.</summary>
    public string? Reason { get; }

    /// <summary>The API has the lead.</summary>
    /// <param name="apiIdentifiers">The lead's identifiers at the API (may be empty).</param>
    public static LeadDeliveryResolution Delivered(IReadOnlyDictionary<string, string>? apiIdentifiers = null)
        => new(LeadDeliveryResolutionKind.Delivered, apiIdentifiers ?? new Dictionary<string, string>(), null);

    /// <summary>The API surely does not have the lead: it is sent again.</summary>
    public static LeadDeliveryResolution NotReceived() => new(LeadDeliveryResolutionKind.NotReceived, new Dictionary<string, string>(), null);

    /// <summary>It cannot be decided: the delivery becomes <see cref="LeadDeliveryState.Unknown"/>.</summary>
    /// <param name="reason">Why, for the operator.</param>
    public static LeadDeliveryResolution Unknown(string reason) => new(LeadDeliveryResolutionKind.Unknown, new Dictionary<string, string>(), reason);
}
