namespace Leads.Sdk.Aimbase.Models;

/// <summary>The outcome of one lead.</summary>
public enum AimbaseLeadStatus
{
    /// <summary>
    /// No outcome is known: the server returned no record for this lead, or a status this SDK does not know.
    /// The lead may or may not have been created; do not re-send it blindly.
    /// </summary>
    Unknown = 0,

    /// <summary>The lead was received (<c>Success</c>).</summary>
    Success = 1,

    /// <summary>The lead was rejected (<c>Failure</c>); see <see cref="AimbaseLeadResult.Messages"/>.</summary>
    Failure = 2,
}
