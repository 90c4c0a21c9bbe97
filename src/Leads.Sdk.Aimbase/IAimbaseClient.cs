using Leads.Sdk.Aimbase.Models;

namespace Leads.Sdk.Aimbase;

/// <summary>The Aimbase Lead API: creates batches of leads and reports every lead's outcome.</summary>
public interface IAimbaseClient
{
    /// <summary>
    /// Validates the leads, then posts them to <c>/marketing/api/lead?manufacturer={code}</c> in the configured format
    /// and returns one result per lead, in the order passed, each linked to its lead. Some leads failing is a normal
    /// result, not an exception.
    /// </summary>
    /// <param name="leads">The leads; at least one.</param>
    /// <param name="manufacturerCode">The manufacturer code sent as <c>?manufacturer=</c>; <see cref="AimbaseClientOptions.DefaultManufacturerCode"/> when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The outcome of every lead, with the HTTP response it came from (<see cref="AimbaseCreateLeadsResult.RawResponse"/>).</returns>
    /// <exception cref="LeadsValidationException">A lead breaks a documented rule (with <see cref="AimbaseInvalidLeadHandling.RejectBatch"/>), or no manufacturer code or no lead was given; nothing was sent.</exception>
    /// <exception cref="LeadsAuthenticationException">401: the user name or API token was refused.</exception>
    /// <exception cref="LeadsServerException">500: the import failed on the server.</exception>
    /// <exception cref="LeadsApiException">400 (with the server's message) or another error status.</exception>
    /// <exception cref="LeadsUnreadableResponseException">The response is not the documented JSON or XML.</exception>
    /// <exception cref="LeadsTransportException">The server could not be reached or the connection failed.</exception>
    Task<AimbaseCreateLeadsResult> CreateLeadsAsync(IEnumerable<AimbaseLead> leads, string? manufacturerCode = null, CancellationToken cancellationToken = default);
}
