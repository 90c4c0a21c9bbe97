namespace Leads.Sdk.Aimbase.Models;

/// <summary>
/// The outcome of a batch: one <see cref="AimbaseLeadResult"/> per lead passed, in the order passed. Some leads failing
/// is a normal result, not an exception; use <see cref="Succeeded"/> and <see cref="Failed"/>.
/// </summary>
public sealed class AimbaseCreateLeadsResult
{
    /// <summary>Creates a result; public so that tests can fake results.</summary>
    /// <param name="topLevelError">The server's <c>TopLevelError</c>, if any.</param>
    /// <param name="leads">One result per lead, in the order the leads were passed.</param>
    public AimbaseCreateLeadsResult(string? topLevelError, IEnumerable<AimbaseLeadResult> leads)
        : this(topLevelError, [.. leads ?? throw new ArgumentNullException(nameof(leads))])
    {
    }

    // Takes ownership of the array: the client builds it once, in the order the leads were passed.
    internal AimbaseCreateLeadsResult(string? topLevelError, AimbaseLeadResult[] leads)
    {
        TopLevelError = topLevelError;
        Leads = Array.AsReadOnly(leads);
    }

    /// <summary>The server's <c>TopLevelError</c> (an error about the whole request), or null.</summary>
    public string? TopLevelError { get; }

    /// <summary>One result per lead passed, in the order passed.</summary>
    public IReadOnlyList<AimbaseLeadResult> Leads { get; }

    /// <summary>The leads the server accepted.</summary>
    /// <remarks>Built on first use: most callers read <see cref="Leads"/> or <see cref="AllSucceeded"/> only.</remarks>
    public IReadOnlyList<AimbaseLeadResult> Succeeded => field ??= Select(AimbaseLeadStatus.Success, success: true);

    /// <summary>The leads that failed (server or client side) or whose outcome is <see cref="AimbaseLeadStatus.Unknown"/>.</summary>
    /// <remarks>Built on first use.</remarks>
    public IReadOnlyList<AimbaseLeadResult> Failed => field ??= Select(AimbaseLeadStatus.Success, success: false);

    /// <summary>Whether every lead was accepted and there is no top-level error.</summary>
    public bool AllSucceeded => TopLevelError is null && Leads.All(l => l.Status == AimbaseLeadStatus.Success);

    private System.Collections.ObjectModel.ReadOnlyCollection<AimbaseLeadResult> Select(AimbaseLeadStatus status, bool success)
        => Array.AsReadOnly(Leads.Where(l => (l.Status == status) == success).ToArray());
}
