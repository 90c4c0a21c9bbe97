using System.Text.Json;
using Leads.Sdk.Delivery.Serialization;
using Leads.Sdk.Delivery.Storage;

namespace Leads.Sdk.Delivery.Internal;

/// <summary>Turns a stored item into the public <see cref="LeadDelivery"/>, request included.</summary>
internal static class LeadDeliveryMapper
{
    public static LeadDelivery ToDelivery(LeadOutboxItem item) => new()
    {
        Id = new LeadDeliveryId(item.Id),
        Api = item.Api,
        State = item.State,
        EnqueuedAt = item.EnqueuedAt,
        Deadline = item.Deadline,
        Attempts = item.Attempts,
        FirstAttemptStartedAt = item.FirstAttemptStartedAt,
        LastAttemptStartedAt = item.LastAttemptStartedAt,
        NextAttemptAt = item.State == LeadDeliveryState.Pending ? item.NextAttemptAt : null,
        CompletedAt = item.CompletedAt,
        Reason = item.Reason,
        ApiIdentifiers = ReadIdentifiers(item.ApiIdentifiers),
        AimbaseLead = item.Api == LeadDeliveryApi.Aimbase ? LeadPayloadSerializer.ReadAimbase(item.Payload) : null,
        LeadExecRequest = item.Api == LeadDeliveryApi.LeadExec ? LeadPayloadSerializer.ReadLeadExec(item.Payload) : null,
        CrmRequest = item.Api == LeadDeliveryApi.CrmApi ? LeadPayloadSerializer.ReadCrm(item.Payload) : null,
    };

    public static string? WriteIdentifiers(IReadOnlyDictionary<string, string> identifiers)
        => identifiers.Count == 0 ? null : JsonSerializer.Serialize(new Dictionary<string, string>(identifiers), DeliveryJsonContext.Default.DictionaryStringString);

    public static IReadOnlyDictionary<string, string> ReadIdentifiers(string? json)
        => json is null ? new Dictionary<string, string>() : JsonSerializer.Deserialize(json, DeliveryJsonContext.Default.DictionaryStringString) ?? [];
}
