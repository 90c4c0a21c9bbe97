namespace Leads.Sdk.Delivery.Storage;

/// <summary>A delivery to store.</summary>
/// <param name="Api">The API it goes to.</param>
/// <param name="Payload">The request, as written by <c>LeadPayloadSerializer</c> (JSON text).</param>
/// <param name="EnqueuedAt">When it was enqueued; also when it is first due.</param>
/// <param name="Deadline">When an undelivered lead expires.</param>
internal sealed record LeadOutboxNewItem(LeadDeliveryApi Api, string Payload, DateTimeOffset EnqueuedAt, DateTimeOffset Deadline);
