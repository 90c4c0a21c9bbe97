using System.Text.Json;

namespace Leads.Sdk.Aimbase.Models;

/// <summary>
/// The outcome of a batch: one <see cref="AimbaseLeadResult"/> per lead passed, in the order passed. Some leads failing
/// is a normal result, not an exception; use <see cref="IsSuccess"/>, <see cref="Succeeded"/> and <see cref="Failed"/>.
/// </summary>
public sealed class AimbaseCreateLeadsResult
{
    private static readonly IReadOnlyDictionary<string, JsonElement> EmptyFields = new Dictionary<string, JsonElement>(StringComparer.Ordinal).AsReadOnly();

    /// <summary>Creates a result; public so that tests can fake results.</summary>
    /// <param name="topLevelError">The server's <c>TopLevelError</c>, if any.</param>
    /// <param name="leads">One result per lead, in the order the leads were passed.</param>
    /// <param name="additionalFields">The response envelope's fields the model does not know.</param>
    public AimbaseCreateLeadsResult(string? topLevelError, IEnumerable<AimbaseLeadResult> leads, IReadOnlyDictionary<string, JsonElement>? additionalFields = null)
        : this(topLevelError, [.. leads ?? throw new ArgumentNullException(nameof(leads))], additionalFields)
    {
    }

    // Takes ownership of the array: the client builds it once, in the order the leads were passed.
    internal AimbaseCreateLeadsResult(string? topLevelError, AimbaseLeadResult[] leads, IReadOnlyDictionary<string, JsonElement>? additionalFields)
    {
        TopLevelError = topLevelError;
        Leads = Array.AsReadOnly(leads);
        AdditionalFields = additionalFields ?? EmptyFields;
    }

    /// <summary>
    /// The HTTP response the result came from (status code, headers, request id), with the client's secrets masked in
    /// header values. Null when nothing was sent (every lead failed client-side validation with
    /// <see cref="AimbaseInvalidLeadHandling.SendValidLeads"/>) or for a result you built yourself.
    /// </summary>
    public LeadsResponse? RawResponse { get; init; }

    /// <summary>
    /// The fields of the response envelope (beside <c>TopLevelError</c> and <c>LeadResponseRecords</c>) that this model does
    /// not know: raw JSON values, or in XML each element's text as a JSON string. Never null.
    /// </summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalFields { get; }

    /// <summary>The server's <c>TopLevelError</c> (an error about the whole request), or null.</summary>
    public string? TopLevelError { get; }

    /// <summary>One result per lead passed, in the order passed.</summary>
    public IReadOnlyList<AimbaseLeadResult> Leads { get; }

    /// <summary>The leads the server accepted.</summary>
    /// <remarks>Built on first use: most callers read <see cref="Leads"/> or <see cref="IsSuccess"/> only.</remarks>
    public IReadOnlyList<AimbaseLeadResult> Succeeded => field ??= Select(AimbaseLeadStatus.Success, success: true);

    /// <summary>The leads that failed (server or client side) or whose outcome is <see cref="AimbaseLeadStatus.Unknown"/>.</summary>
    /// <remarks>Built on first use.</remarks>
    public IReadOnlyList<AimbaseLeadResult> Failed => field ??= Select(AimbaseLeadStatus.Success, success: false);

    /// <summary>Whether every lead was accepted and there is no top-level error.</summary>
    public bool IsSuccess => TopLevelError is null && Leads.All(l => l.Status == AimbaseLeadStatus.Success);

    private System.Collections.ObjectModel.ReadOnlyCollection<AimbaseLeadResult> Select(AimbaseLeadStatus status, bool success)
        => Array.AsReadOnly(Leads.Where(l => (l.Status == status) == success).ToArray());
}
