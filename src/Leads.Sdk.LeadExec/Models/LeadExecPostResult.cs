using System.Collections.ObjectModel;
using System.Text.Json;

namespace Leads.Sdk.LeadExec.Models;

/// <summary>
/// The result of an insert or update (<c>PostResponse</c>). A refused lead (<see cref="IsValidPost"/> false) is a normal
/// result: read <see cref="ResponseType"/> and <see cref="ResponseDetails"/>.
/// </summary>
public sealed class LeadExecPostResult
{
    /// <summary><c>PostID</c>: the transaction's log identifier (a GUID).</summary>
    public string? PostId { get; init; }

    /// <summary><c>isValidPost</c>: whether the lead was accepted.</summary>
    public bool IsValidPost { get; init; }

    /// <summary><c>ResponseType</c>: why the lead was or was not accepted.</summary>
    public LeadExecResponseType ResponseType { get; init; }

    /// <summary><c>ResponseDetails</c> (the tables say <c>ResponseDetail</c>; both are read): details, for example <c>Lead was accepted</c>.</summary>
    public string? ResponseDetails { get; init; }

    /// <summary><c>LeadIdentifier</c>: the identifier of the record created.</summary>
    public long? LeadId { get; init; }

    /// <summary><c>VendorAccountAssigned</c>: the campaign record the lead was assigned to.</summary>
    public long? AssignedVendorAccountId { get; init; }

    /// <summary><c>PendingQCReview</c>: whether the record is under quality-control review.</summary>
    public bool? IsPendingQualityControlReview { get; init; }

    /// <summary><c>Price</c>: the price paid for the lead.</summary>
    public decimal? Price { get; init; }

    /// <summary><c>RedirectURL</c>: where the user should be redirected (redirect types); null when empty.</summary>
    public string? RedirectUrl { get; init; }

    /// <summary><c>StatusURL</c>: where the latest status of the lead can be read; null when empty.</summary>
    public string? StatusUrl { get; init; }

    /// <summary><c>Sends</c>: who the lead was sent to (<see cref="LeadExecPostType.ReturnSends"/>); empty otherwise.</summary>
    public IReadOnlyList<LeadExecSend> Sends { get; init; } = [];

    /// <summary><c>ClientInfos</c>: the agents to transfer the call to (<see cref="LeadExecPostType.Transfer"/>); empty otherwise.</summary>
    public IReadOnlyList<LeadExecClientInfo> ClientInfos { get; init; } = [];

    /// <summary>
    /// The HTTP response this result came from: status code, headers and request id, secrets masked. Set by the client;
    /// null only for a result built in code (tests).
    /// </summary>
    public LeadsResponse? RawResponse { get; init; }

    /// <summary>
    /// The response's top-level fields this model does not know (newer than the doc, or specific to your account), by
    /// name as sent: JSON values as they arrived; in an XML response, each element's text as a JSON string. Never null.
    /// </summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalFields { get; internal init; } = ReadOnlyDictionary<string, JsonElement>.Empty;

    /// <inheritdoc/>
    public override string ToString() => $"LeadExecPostResult {{ IsValidPost = {IsValidPost}, ResponseType = {ResponseType}, ResponseDetails = {ResponseDetails}, LeadId = {LeadId}, Price = {Price} }}";
}
