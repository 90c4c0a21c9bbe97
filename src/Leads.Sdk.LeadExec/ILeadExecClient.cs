using Leads.Sdk.LeadExec.Models;

namespace Leads.Sdk.LeadExec;

/// <summary>
/// The LeadExec Lead Receiver: creates leads of every post type (synchronous or queued), PING and ping/post, queue status,
/// update and duplicate check. Bad input throws <see cref="LeadsValidationException"/> before anything is sent; HTTP
/// failures throw <see cref="LeadsRequestException"/> subclasses; a lead the receiver refuses is a normal result.
/// </summary>
public interface ILeadExecClient
{
    /// <summary>Creates a lead (the doc's insert) and waits for the answer (<c>POST /processor/insert/{type}/{response_type}</c>).</summary>
    /// <param name="request">The lead, post type, encoding and optional overrides.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The <c>PostResponse</c>; check <see cref="LeadExecPostResult.IsValidPost"/>.</returns>
    Task<LeadExecPostResult> CreateLeadAsync(LeadExecCreateLeadRequest request, CancellationToken cancellationToken = default);

    /// <summary>Queues a lead for processing (<c>POST /processor/insert/{type}/{response_type}/async</c>).</summary>
    /// <param name="request">The lead, post type, encoding and optional overrides (<c>returnurl</c> is sent).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The queue response; poll its <see cref="LeadExecQueueResult.PostId"/>.</returns>
    Task<LeadExecQueueResult> QueueLeadAsync(LeadExecCreateLeadRequest request, CancellationToken cancellationToken = default);

    /// <summary>Reads the latest status of a queued request (<c>GET /information/queuestatus/{PostID}</c>).</summary>
    /// <param name="postId">The <c>PostID</c> from the queue response.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<LeadExecQueueStatus> GetQueueStatusAsync(string postId, CancellationToken cancellationToken = default);

    /// <summary>Polls the queue status with backoff until the request is processed.</summary>
    /// <param name="postId">The <c>PostID</c> from the queue response.</param>
    /// <param name="polling">Delays and the overall timeout; defaults when omitted.</param>
    /// <param name="cancellationToken">Stops polling.</param>
    /// <returns>The processed status.</returns>
    /// <exception cref="LeadsOperationTimeoutException">The request was not processed within <see cref="LeadExecPollingOptions.Timeout"/>.</exception>
    Task<LeadExecQueueStatus> WaitForQueueResultAsync(string postId, LeadExecPollingOptions? polling = null, CancellationToken cancellationToken = default);

    /// <summary>Updates a stored lead (<c>POST /processor/update/{response_type}</c>).</summary>
    /// <param name="request">The lead's identifier and the fields to change.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<LeadExecPostResult> UpdateLeadAsync(LeadExecUpdateLeadRequest request, CancellationToken cancellationToken = default);

    /// <summary>Asks whether a lead was received before (<c>POST /processor/duplicate/check</c>).</summary>
    /// <param name="request">The fields that decide duplication.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<LeadExecCheckDuplicateLeadResult> CheckDuplicateLeadAsync(LeadExecCheckDuplicateLeadRequest request, CancellationToken cancellationToken = default);

    /// <summary>
    /// Asks whether a lead would be bought (<c>POST /processor/insert/ping/{response_type}</c>). A PING carrying a contact
    /// field (<c>FirstName</c>, <c>LastName</c>, <c>Email</c>, phone and street-address fields, any case) is refused before sending with a
    /// <see cref="LeadsValidationException"/> naming the field: the doc says contact information should be excluded.
    /// </summary>
    /// <param name="request">The eligibility fields.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<LeadExecPingResult> PingLeadAsync(LeadExecPingLeadRequest request, CancellationToken cancellationToken = default);

    /// <summary>Queues a PING (<c>POST /processor/insert/ping/{response_type}/async</c>); contact fields are refused as for <see cref="PingLeadAsync"/>.</summary>
    /// <param name="request">The eligibility fields.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<LeadExecQueueResult> QueuePingAsync(LeadExecPingLeadRequest request, CancellationToken cancellationToken = default);

    /// <summary>
    /// PINGs, then POSTs the full lead with the order ID, but only when the PING will accept and the estimated price
    /// reaches the minimum. <c>OrderExpiresOn</c> is not compared with the local clock (the doc's value has no zone): the
    /// lead is posted and the POST's answer says whether the server still honoured the order. Both calls are forms, the
    /// only encoding that documents <c>orderid</c>.
    /// </summary>
    /// <param name="request">The PING fields, the full lead and the price floor.</param>
    /// <param name="cancellationToken">Cancels the calls.</param>
    /// <returns>Both answers, and why nothing was posted if so.</returns>
    Task<LeadExecPingAndPostLeadResult> PingAndPostLeadAsync(LeadExecPingAndPostLeadRequest request, CancellationToken cancellationToken = default);
}
