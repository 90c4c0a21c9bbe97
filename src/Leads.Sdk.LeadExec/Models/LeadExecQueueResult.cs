using System.Collections.ObjectModel;
using System.Text.Json;

namespace Leads.Sdk.LeadExec.Models;

/// <summary>The answer to a queued request (<c>LeadQueueResponse</c>): poll <see cref="PostId"/> with <c>GetQueueStatusAsync</c>.</summary>
public sealed class LeadExecQueueResult
{
    /// <summary><c>QueueSuccessful</c>: whether the request was queued.</summary>
    public bool IsQueued { get; init; }

    /// <summary><c>PostID</c>: the identifier to poll.</summary>
    public string? PostId { get; init; }

    /// <summary><c>ResponseDetails</c>, for example <c>Lead has been queued for processing</c>.</summary>
    public string? ResponseDetails { get; init; }

    /// <summary><c>StatusURL</c>: the status address, <c>…/information/queuestatus/{PostID}</c>.</summary>
    public string? StatusUrl { get; init; }

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
    public override string ToString() => $"LeadExecQueueResult {{ IsQueued = {IsQueued}, PostId = {PostId} }}";
}
