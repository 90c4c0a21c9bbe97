using Leads.Sdk.Aimbase.Models;
using Leads.Sdk.CrmApi.Models;
using Leads.Sdk.LeadExec.Models;

namespace Leads.Sdk.Delivery;

/// <summary>
/// The delivery outbox: stores leads durably and lets a hosted worker deliver them later, in order of arrival per API.
/// Also the operator's view: counts, listings, requeue and cancel.
/// </summary>
public interface ILeadOutbox
{
    /// <summary>Validates and stores an Aimbase lead; returns once it is durable.</summary>
    /// <param name="lead">The lead, as <c>IAimbaseClient.CreateLeadsAsync</c> takes it.</param>
    /// <param name="cancellationToken">Cancels the call (a lead whose store write finished stays enqueued).</param>
    /// <returns>The delivery's identifier.</returns>
    /// <exception cref="LeadsValidationException">The lead would be refused by the client; nothing is stored.</exception>
    Task<LeadDeliveryId> EnqueueAsync(AimbaseLead lead, CancellationToken cancellationToken);

    /// <summary>Validates and stores a LeadExec insert; returns once it is durable.</summary>
    /// <param name="request">The insert, as <c>ILeadExecClient.CreateLeadAsync</c> takes it. Credential secrets
    /// (<c>Password</c>, <c>AccessToken</c>) are not stored: configure them on the client's options.</param>
    /// <param name="cancellationToken">Cancels the call (a lead whose store write finished stays enqueued).</param>
    /// <returns>The delivery's identifier.</returns>
    /// <exception cref="LeadsValidationException">The request would be refused by the client; nothing is stored.</exception>
    /// <exception cref="ArgumentException">The request carries a password or access token.</exception>
    Task<LeadDeliveryId> EnqueueAsync(LeadExecCreateLeadRequest request, CancellationToken cancellationToken);

    /// <summary>Validates and stores a CRM.COM create request; returns once it is durable.</summary>
    /// <param name="request">The request, as <c>ICrmApiClient.CreateLeadAsync</c> takes it.</param>
    /// <param name="cancellationToken">Cancels the call (a lead whose store write finished stays enqueued).</param>
    /// <returns>The delivery's identifier.</returns>
    /// <exception cref="LeadsValidationException">The request would be refused by the client; nothing is stored.</exception>
    Task<LeadDeliveryId> EnqueueAsync(CrmCreateLeadRequest request, CancellationToken cancellationToken);

    /// <summary>Reads one delivery with its lead.</summary>
    /// <param name="id">The delivery's identifier.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The delivery, or null when the id is not in the outbox.</returns>
    Task<LeadDelivery?> GetAsync(LeadDeliveryId id, CancellationToken cancellationToken = default);

    /// <summary>Lists deliveries in one state, oldest first (for example every <see cref="LeadDeliveryState.Unknown"/> one).</summary>
    /// <param name="state">The state to list.</param>
    /// <param name="limit">The most to return.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<IReadOnlyList<LeadDelivery>> ListAsync(LeadDeliveryState state, int limit = 100, CancellationToken cancellationToken = default);

    /// <summary>Counts deliveries by API and state and measures the oldest pending lead's age.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<LeadOutboxStatistics> GetStatisticsAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Sends a <see cref="LeadDeliveryState.Rejected"/>, <see cref="LeadDeliveryState.Expired"/>,
    /// <see cref="LeadDeliveryState.Unknown"/> or <see cref="LeadDeliveryState.Cancelled"/> lead again: it becomes pending,
    /// due now, with a fresh deadline. For an unknown lead, do this only after checking the API does not have it.
    /// </summary>
    /// <param name="id">The delivery's identifier.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>True when requeued; false when the id is absent, pending or delivered.</returns>
    Task<bool> RequeueAsync(LeadDeliveryId id, CancellationToken cancellationToken = default);

    /// <summary>Cancels a pending lead that no worker is sending now, or an unknown one the operator has settled.</summary>
    /// <param name="id">The delivery's identifier.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>True when cancelled; false when the id is absent, final, or being sent right now.</returns>
    Task<bool> CancelAsync(LeadDeliveryId id, CancellationToken cancellationToken = default);
}
