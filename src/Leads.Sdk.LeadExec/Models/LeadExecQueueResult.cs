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

    /// <inheritdoc/>
    public override string ToString() => $"LeadQueueResponse {{ IsQueued = {IsQueued}, PostId = {PostId} }}";
}
