namespace Leads.Sdk.Aimbase.Models;

/// <summary>The outcome of one lead of a batch: the server's record for it, linked to the lead that was sent.</summary>
public sealed class AimbaseLeadResult
{
    /// <summary>Creates a result; public so that tests can fake results.</summary>
    /// <param name="lead">The lead as the caller passed it.</param>
    /// <param name="leadApiIdentifier">The identifier that was sent (the caller's or the one the client assigned).</param>
    /// <param name="id">The Aimbase lead id, when the server gave one.</param>
    /// <param name="status">The outcome.</param>
    /// <param name="statusMessage">The server's status message.</param>
    /// <param name="messages">Field messages.</param>
    /// <param name="isClientSideFailure">Whether the lead was never sent because it failed client-side validation.</param>
    public AimbaseLeadResult(
        AimbaseLead? lead,
        string? leadApiIdentifier,
        string? id,
        AimbaseLeadStatus status,
        string? statusMessage,
        IEnumerable<AimbaseFieldMessage>? messages = null,
        bool isClientSideFailure = false)
    {
        Lead = lead;
        LeadApiIdentifier = leadApiIdentifier;
        Id = id;
        Status = status;
        StatusMessage = statusMessage;
        Messages = messages is null || (messages is ICollection<AimbaseFieldMessage> { Count: 0 }) ? [] : [.. messages];
        IsClientSideFailure = isClientSideFailure;
    }

    /// <summary>The lead this record belongs to, as the caller passed it (null only for a record that matched no sent lead).</summary>
    public AimbaseLead? Lead { get; }

    /// <summary>The <c>LeadApiIdentifier</c> sent with the lead: the caller's, or the GUID the client assigned.</summary>
    public string? LeadApiIdentifier { get; }

    /// <summary>The Aimbase lead id, as the server sent it (for example <c>0</c>); null for failures.</summary>
    public string? Id { get; }

    /// <summary>The outcome.</summary>
    public AimbaseLeadStatus Status { get; }

    /// <summary>The server's status message, for example <c>Lead successfully received</c> or <c>Lead failed validation</c>.</summary>
    public string? StatusMessage { get; }

    /// <summary>Per-field messages, empty when there are none.</summary>
    public IReadOnlyList<AimbaseFieldMessage> Messages { get; }

    /// <summary>Whether the lead failed client-side validation and was not sent (only with <see cref="AimbaseInvalidLeadHandling.SendValidLeads"/>).</summary>
    public bool IsClientSideFailure { get; }

    /// <summary>Whether the server accepted the lead.</summary>
    public bool Succeeded => Status == AimbaseLeadStatus.Success;

    /// <inheritdoc/>
    public override string ToString() => $"{LeadApiIdentifier}: {Status} {StatusMessage}";
}
