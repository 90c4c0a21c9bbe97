using Refit;

namespace Leads.Sdk.LeadExec.Internal;

/// <summary>
/// The Lead Receiver's HTTP surface. Bodies are pre-built <see cref="HttpContent"/> (form, XML or JSON, written by
/// <c>LeadExecRequestWriter</c>), because Refit has one serializer per client and its XML one is reflection-based.
/// Inserts and PINGs (<c>POST /processor/insert/{type}/{response_type}[/async]</c>) are not here: they are the hot
/// path, and <see cref="LeadExecClient"/> builds their request itself to skip Refit's per-call path formatting and
/// request options (issue 8's benchmarks).
/// </summary>
internal interface ILeadExecApi
{
    [Get("/information/queuestatus/{postId}")]
    Task<HttpResponseMessage> GetQueueStatusAsync(string postId, [Header("Authorization")] string? authorization, CancellationToken cancellationToken);

    [Post("/processor/update/{responseType}")]
    Task<HttpResponseMessage> UpdateLeadAsync(string responseType, [Body] HttpContent body, [Header("Authorization")] string? authorization, CancellationToken cancellationToken);

    [Post("/processor/duplicate/check")]
    Task<HttpResponseMessage> CheckDuplicateLeadAsync([Body] HttpContent body, [Header("Authorization")] string? authorization, CancellationToken cancellationToken);
}
