namespace Leads.Sdk.Delivery.Storage;

/// <summary>A final outcome to store.</summary>
/// <param name="State">Delivered, Rejected, Expired or Unknown.</param>
/// <param name="Reason">Why (no secrets), or null.</param>
/// <param name="ApiIdentifiers">For Delivered, the API's identifiers as a JSON object of strings, or null.</param>
/// <param name="CompletedAt">When.</param>
internal sealed record LeadOutboxCompletion(LeadDeliveryState State, string? Reason, string? ApiIdentifiers, DateTimeOffset CompletedAt);
