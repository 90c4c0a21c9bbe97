namespace Leads.Sdk.LeadExec.Models;

/// <summary>The quality-control state of a lead (<c>QualityControlDetails</c>).</summary>
public sealed class LeadExecQualityControlDetails
{
    /// <summary><c>PendingReview</c>: whether the lead awaits review.</summary>
    public bool IsPendingReview { get; init; }

    /// <summary><c>DateOfReview</c>: when it was reviewed.</summary>
    public DateTimeOffset? DateOfReview { get; init; }

    /// <summary><c>IsQualityControlRejected</c>: whether the review rejected it.</summary>
    public bool IsQualityControlRejected { get; init; }

    /// <summary><c>RejectionReason</c>: why, when rejected; null when empty.</summary>
    public string? RejectionReason { get; init; }
}
