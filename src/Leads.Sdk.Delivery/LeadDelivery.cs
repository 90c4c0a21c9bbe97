using Leads.Sdk.Aimbase.Models;
using Leads.Sdk.CrmApi.Models;
using Leads.Sdk.LeadExec.Models;

namespace Leads.Sdk.Delivery;

/// <summary>One delivery as the outbox sees it: the lead, its state, attempts and outcome.</summary>
public sealed class LeadDelivery
{
    /// <summary>The delivery's identifier.</summary>
    public required LeadDeliveryId Id { get; init; }

    /// <summary>The API the lead goes to.</summary>
    public required LeadDeliveryApi Api { get; init; }

    /// <summary>The current state.</summary>
    public required LeadDeliveryState State { get; init; }

    /// <summary>When the lead was enqueued.</summary>
    public required DateTimeOffset EnqueuedAt { get; init; }

    /// <summary>After this instant an undelivered lead is <see cref="LeadDeliveryState.Expired"/> instead of sent.</summary>
    public required DateTimeOffset Deadline { get; init; }

    /// <summary>How many times the lead was sent (each counted when the request was about to go out).</summary>
    public int Attempts { get; init; }

    /// <summary>When the first attempt started, if one did.</summary>
    public DateTimeOffset? FirstAttemptStartedAt { get; init; }

    /// <summary>When the latest attempt started, if one did.</summary>
    public DateTimeOffset? LastAttemptStartedAt { get; init; }

    /// <summary>When a pending lead is due next.</summary>
    public DateTimeOffset? NextAttemptAt { get; init; }

    /// <summary>When the lead reached its final state.</summary>
    public DateTimeOffset? CompletedAt { get; init; }

    /// <summary>Why the lead is where it is: the API's reasons, the last transient error, or why it is unknown. No secrets.</summary>
    public string? Reason { get; init; }

    /// <summary>For a delivered lead, the identifiers the API returned (for example <c>LeadIdentifier</c>). Never null.</summary>
    public IReadOnlyDictionary<string, string> ApiIdentifiers { get; init; } = new Dictionary<string, string>();

    /// <summary>The Aimbase lead, when <see cref="Api"/> is <see cref="LeadDeliveryApi.Aimbase"/>.</summary>
    public AimbaseLead? AimbaseLead { get; init; }

    /// <summary>The LeadExec insert, when <see cref="Api"/> is <see cref="LeadDeliveryApi.LeadExec"/>.</summary>
    public LeadExecCreateLeadRequest? LeadExecRequest { get; init; }

    /// <summary>The CRM.COM create request, when <see cref="Api"/> is <see cref="LeadDeliveryApi.CrmApi"/>.</summary>
    public CrmCreateLeadRequest? CrmRequest { get; init; }

    /// <inheritdoc/>
    public override string ToString() => $"LeadDelivery {{ Id = {Id}, Api = {Api}, State = {State}, Attempts = {Attempts} }}";
}
