namespace Leads.Sdk.LeadExec.Models;

/// <summary>The answer to a duplicate check.</summary>
public sealed class LeadExecCheckDuplicateLeadResult
{
    /// <summary><c>IsDuplicate</c>: whether this data combination was received before.</summary>
    public bool IsDuplicate { get; init; }

    /// <summary><c>DuplicateLeadId</c>: the earlier lead, if it came from the same source.</summary>
    public long? DuplicateLeadId { get; init; }

    /// <summary><c>ReceivedOn</c> (the doc's table spells it <c>ReceviedOn</c>; both are read): when the earlier lead arrived.</summary>
    public DateTimeOffset? ReceivedOn { get; init; }

    /// <summary><c>Response</c>: details about the check.</summary>
    public string? ResponseDetails { get; init; }

    /// <inheritdoc/>
    public override string ToString() => $"DuplicateCheck {{ IsDuplicate = {IsDuplicate}, DuplicateLeadId = {DuplicateLeadId}, ReceivedOn = {ReceivedOn:O} }}";
}
