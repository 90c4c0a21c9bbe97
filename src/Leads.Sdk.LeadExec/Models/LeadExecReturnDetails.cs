namespace Leads.Sdk.LeadExec.Models;

/// <summary>The return state of a lead (<c>ReturnDetails</c>).</summary>
public sealed class LeadExecReturnDetails
{
    /// <summary><c>IsReturned</c>: whether the lead was marked as returned.</summary>
    public bool IsReturned { get; init; }

    /// <summary><c>DateOfReturn</c>: when.</summary>
    public DateTimeOffset? DateOfReturn { get; init; }

    /// <summary><c>ReturnReason</c>: why; null when empty.</summary>
    public string? ReturnReason { get; init; }
}
