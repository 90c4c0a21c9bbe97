using System.Collections.ObjectModel;
using System.Text.Json;

namespace Leads.Sdk.LeadExec.Models;

/// <summary>The latest status of a queued request (<c>GET /information/queuestatus/{PostID}</c>).</summary>
public sealed class LeadExecQueueStatus
{
    /// <summary><c>PostID</c>: the request checked.</summary>
    public string? PostId { get; init; }

    /// <summary><c>LeadIdentifier</c>: the lead received; null (or 0) while the request is still queued.</summary>
    public long? LeadId { get; init; }

    /// <summary><c>IsValid</c>: whether the lead was accepted.</summary>
    public bool IsValid { get; init; }

    /// <summary><c>RejectionReason</c>: why the lead was refused, when <see cref="IsValid"/> is false; null when empty.</summary>
    public string? RejectionReason { get; init; }

    /// <summary><c>VendorAccountAssigned</c>: the campaign assigned.</summary>
    public long? AssignedVendorAccountId { get; init; }

    /// <summary><c>DateReceived</c>: when the request was received (UTC).</summary>
    public DateTimeOffset? DateReceived { get; init; }

    /// <summary><c>QualityControlDetails</c>: the quality-control review state.</summary>
    public LeadExecQualityControlDetails? QualityControlDetails { get; init; }

    /// <summary><c>ReturnDetails</c>: the return state.</summary>
    public LeadExecReturnDetails? ReturnDetails { get; init; }

    /// <summary><c>Price</c>: the price paid for the record.</summary>
    public decimal? Price { get; init; }

    /// <summary>
    /// Whether processing has finished: a lead identifier was assigned, or the request was refused with a reason.
    /// The doc has no explicit state field; see docs/decisions.md.
    /// </summary>
    public bool IsProcessed => LeadId is > 0 || !string.IsNullOrEmpty(RejectionReason);

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
    public override string ToString() => $"LeadExecQueueStatus {{ PostId = {PostId}, IsProcessed = {IsProcessed}, IsValid = {IsValid}, LeadId = {LeadId}, RejectionReason = {RejectionReason} }}";
}
