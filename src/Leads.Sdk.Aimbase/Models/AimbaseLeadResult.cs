using System.Text.Json;

namespace Leads.Sdk.Aimbase.Models;

/// <summary>The outcome of one lead of a batch: the server's record for it, linked to the lead that was sent.</summary>
public sealed class AimbaseLeadResult
{
    private static readonly IReadOnlyDictionary<string, JsonElement> EmptyFields = new Dictionary<string, JsonElement>(StringComparer.Ordinal).AsReadOnly();

    /// <summary>Creates a result; public so that tests can fake results.</summary>
    /// <param name="lead">The lead as the caller passed it.</param>
    /// <param name="leadApiIdentifier">The identifier that was sent (the caller's or the one the client assigned).</param>
    /// <param name="id">The Aimbase lead id, when the server gave one.</param>
    /// <param name="status">The outcome.</param>
    /// <param name="statusMessage">The server's status message.</param>
    /// <param name="messages">Field messages.</param>
    /// <param name="isClientSideFailure">Whether the lead was never sent because it failed client-side validation.</param>
    /// <param name="additionalFields">The record's fields the model does not know.</param>
    public AimbaseLeadResult(
        AimbaseLead? lead,
        string? leadApiIdentifier,
        string? id,
        AimbaseLeadStatus status,
        string? statusMessage,
        IEnumerable<AimbaseFieldMessage>? messages = null,
        bool isClientSideFailure = false,
        IReadOnlyDictionary<string, JsonElement>? additionalFields = null)
    {
        Lead = lead;
        LeadApiIdentifier = leadApiIdentifier;
        Id = id;
        Status = status;
        StatusMessage = statusMessage;
        Messages = messages is null || (messages is ICollection<AimbaseFieldMessage> { Count: 0 }) ? [] : [.. messages];
        IsClientSideFailure = isClientSideFailure;
        AdditionalFields = additionalFields ?? EmptyFields;
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

    /// <summary>Whether the server accepted the lead (<see cref="Status"/> is <see cref="AimbaseLeadStatus.Success"/>).</summary>
    public bool IsSuccess => Status == AimbaseLeadStatus.Success;

    /// <summary>
    /// The HTTP response the lead's record came from: the same as the batch's
    /// <see cref="AimbaseCreateLeadsResult.RawResponse"/>, so a result passed on alone still tells its status and request
    /// id. Null for a lead that was never sent (<see cref="IsClientSideFailure"/>) or a result you built yourself.
    /// </summary>
    public LeadsResponse? RawResponse { get; init; }

    /// <summary>
    /// The fields of the server's record that this model does not know, by name (ordinal): raw JSON values when the server
    /// answered in JSON; in XML each element's text as a JSON string (<c>xsi:nil</c> as JSON null). Empty when there are
    /// none, or when no record was received for the lead.
    /// </summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalFields { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{LeadApiIdentifier}: {Status} {StatusMessage}";
}
