using Refit;

namespace Leads.Sdk.LeadExec.Internal;

/// <summary>
/// The Lead Receiver's HTTP surface, every endpoint the SDK calls. Bodies are pre-built <see cref="HttpContent"/> (form,
/// XML or JSON, written by <c>LeadExecRequestWriter</c>), because Refit has one serializer per client and its XML one is
/// reflection-based. Responses come back whole, for <see cref="LeadExecClient"/> to read JSON or XML.
/// </summary>
internal interface ILeadExecApi
{
    /// <summary>"Create … Lead": <paramref name="postType"/> is <c>general</c>, <c>manualredirect</c>, <c>autoredirect</c>, <c>returnsends</c>, <c>transfer</c> or <c>calldata</c>.</summary>
    [Post("/processor/insert/{postType}/{responseType}")]
    Task<HttpResponseMessage> InsertLeadAsync(string postType, string responseType, [Body] HttpContent body, [Header("Authorization")] string? authorization, CancellationToken cancellationToken);

    /// <summary>The queued ("async") form of <see cref="InsertLeadAsync"/>.</summary>
    [Post("/processor/insert/{postType}/{responseType}/async")]
    Task<HttpResponseMessage> QueueLeadAsync(string postType, string responseType, [Body] HttpContent body, [Header("Authorization")] string? authorization, CancellationToken cancellationToken);

    [Post("/processor/insert/ping/{responseType}")]
    Task<HttpResponseMessage> PingLeadAsync(string responseType, [Body] HttpContent body, [Header("Authorization")] string? authorization, CancellationToken cancellationToken);

    [Post("/processor/insert/ping/{responseType}/async")]
    Task<HttpResponseMessage> QueuePingAsync(string responseType, [Body] HttpContent body, [Header("Authorization")] string? authorization, CancellationToken cancellationToken);

    [Get("/information/queuestatus/{postId}")]
    Task<HttpResponseMessage> GetQueueStatusAsync(string postId, [Header("Authorization")] string? authorization, CancellationToken cancellationToken);

    [Post("/processor/update/{responseType}")]
    Task<HttpResponseMessage> UpdateLeadAsync(string responseType, [Body] HttpContent body, [Header("Authorization")] string? authorization, CancellationToken cancellationToken);

    [Post("/processor/duplicate/check")]
    Task<HttpResponseMessage> CheckDuplicateLeadAsync([Body] HttpContent body, [Header("Authorization")] string? authorization, CancellationToken cancellationToken);
}
