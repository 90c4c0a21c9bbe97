namespace Leads.Sdk.Delivery.Storage;

/// <summary>A delivery leased to one worker; <see cref="Token"/> conditions every write the worker makes.</summary>
/// <param name="Item">The delivery as it was when leased (its lease fields already the new ones).</param>
/// <param name="Token">The lease's token, unique per lease.</param>
internal sealed record LeadOutboxLease(LeadOutboxItem Item, string Token);
