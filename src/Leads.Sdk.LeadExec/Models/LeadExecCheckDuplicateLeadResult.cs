using System.Collections.ObjectModel;
using System.Text.Json;

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
    public override string ToString() => $"LeadExecCheckDuplicateLeadResult {{ IsDuplicate = {IsDuplicate}, DuplicateLeadId = {DuplicateLeadId}, ReceivedOn = {ReceivedOn:O} }}";
}
