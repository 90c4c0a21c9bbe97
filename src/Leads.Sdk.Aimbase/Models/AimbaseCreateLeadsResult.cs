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
    {
        ArgumentNullException.ThrowIfNull(leads);
        TopLevelError = topLevelError;
        Leads = [.. leads];
        Succeeded = [.. Leads.Where(l => l.Status == AimbaseLeadStatus.Success)];
        Failed = [.. Leads.Where(l => l.Status != AimbaseLeadStatus.Success)];
    }

    /// <summary>The server's <c>TopLevelError</c> (an error about the whole request), or null.</summary>
    public string? TopLevelError { get; }

    /// <summary>One result per lead passed, in the order passed.</summary>
    public IReadOnlyList<AimbaseLeadResult> Leads { get; }

    /// <summary>The leads the server accepted.</summary>
    public IReadOnlyList<AimbaseLeadResult> Succeeded { get; }

    /// <summary>The leads that failed (server or client side) or whose outcome is <see cref="AimbaseLeadStatus.Unknown"/>.</summary>
    public IReadOnlyList<AimbaseLeadResult> Failed { get; }

    /// <summary>Whether every lead was accepted and there is no top-level error.</summary>
    public bool AllSucceeded => Failed.Count == 0 && TopLevelError is null;
}
