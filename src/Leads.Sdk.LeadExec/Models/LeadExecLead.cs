namespace Leads.Sdk.LeadExec.Models;

/// <summary>
/// One lead: the documented properties, typed, and the account-specific <see cref="Fields"/>.
/// Which encodings carry which property is stated on each; setting one the chosen encoding does not document is a
/// validation error rather than a silent drop.
/// </summary>
public sealed class LeadExecLead
{
    /// <summary>
    /// <c>reference</c>: a value stored on the record for reporting. XML: the <c>&lt;Lead reference=""&gt;</c> attribute;
    /// JSON: <c>properties.reference</c>. Not documented for the form encoding.
    /// </summary>
    public string? Reference { get; set; }

    /// <summary><c>noSell</c>: the lead should not be sent on. JSON only (<c>properties.noSell</c>).</summary>
    public bool? ShouldNotSell { get; set; }

    /// <summary><c>ivrnumber</c>: the phone number the lead called. Required for <see cref="LeadExecPostType.CallData"/>.</summary>
    public string? IvrNumber { get; set; }

    /// <summary>
    /// <c>callduration</c>: the call's duration, sent as an integer of seconds, so it must be 0 or more whole seconds
    /// (a fraction is a validation error, never rounded). Required for <see cref="LeadExecPostType.CallData"/>.
    /// </summary>
    public TimeSpan? CallDuration { get; set; }

    /// <summary><c>callresult</c>: the result of the call. Call data only.</summary>
    public string? CallResult { get; set; }

    /// <summary><c>calldate</c>: when the call happened, in Pacific Time, sent as <c>11/13/2020 12:15 PM</c>. Call data only.</summary>
    public DateTime? CallDate { get; set; }

    /// <summary>The dynamic fields from your post documentation, in wire order.</summary>
    public LeadExecFieldCollection Fields { get; } = new();
}
