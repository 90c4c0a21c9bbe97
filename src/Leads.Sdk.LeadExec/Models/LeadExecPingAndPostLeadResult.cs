using System.Collections.ObjectModel;
using System.Text.Json;

namespace Leads.Sdk.LeadExec.Models;

/// <summary>Both halves of a ping/post: the PING's answer, and the POST's when one was sent.</summary>
public sealed class LeadExecPingAndPostLeadResult
{
    /// <summary>The PING's answer.</summary>
    public required LeadExecPingResult Ping { get; init; }

    /// <summary>The POST's answer; null when nothing was posted (see <see cref="Outcome"/>).</summary>
    public LeadExecPostResult? Post { get; init; }

    /// <summary>Whether the lead was posted, and if not, why.</summary>
    public LeadExecPingAndPostOutcome Outcome { get; init; }

    /// <summary>A sentence saying why nothing was posted; null when posted.</summary>
    public string? Reason { get; init; }

    /// <summary>
    /// The HTTP response of the last call made: the POST's (as <see cref="Post"/> has it), or the PING's when nothing was
    /// posted; the PING's own is always on <see cref="Ping"/>. Null only for a result built in code (tests).
    /// </summary>
    public LeadsResponse? RawResponse { get; init; }

    /// <summary>
    /// The fields the model does not know in the answer of the last call made: the POST's, or the PING's when nothing was
    /// posted (each half also keeps its own). Never null.
    /// </summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalFields { get; internal init; } = ReadOnlyDictionary<string, JsonElement>.Empty;

    /// <inheritdoc/>
    public override string ToString() => $"LeadExecPingAndPostLeadResult {{ Outcome = {Outcome}, Reason = {Reason}, Post = {Post} }}";
}
