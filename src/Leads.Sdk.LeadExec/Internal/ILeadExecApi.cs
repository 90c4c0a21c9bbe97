using Refit;

namespace Leads.Sdk.LeadExec.Internal;

/// <summary>
/// The Lead Receiver's HTTP surface. Bodies are pre-built <see cref="HttpContent"/> (form, XML or JSON, written by
/// <c>LeadExecRequestWriter</c>), because Refit has one serializer per client and its XML one is reflection-based.
/// </summary>
internal interface ILeadExecApi
{
    [Post("/processor/insert/{postType}/{responseType}")]
    Task<HttpResponseMessage> InsertAsync(string postType, string responseType, [Body] HttpContent body, [Header("Authorization")] string? authorization, CancellationToken cancellationToken);

    [Post("/processor/insert/{postType}/{responseType}/async")]
    Task<HttpResponseMessage> InsertQueuedAsync(string postType, string responseType, [Body] HttpContent body, [Header("Authorization")] string? authorization, CancellationToken cancellationToken);

    [Get("/information/queuestatus/{postId}")]
    Task<HttpResponseMessage> GetQueueStatusAsync(string postId, [Header("Authorization")] string? authorization, CancellationToken cancellationToken);

    [Post("/processor/update/{responseType}")]
    Task<HttpResponseMessage> UpdateAsync(string responseType, [Body] HttpContent body, [Header("Authorization")] string? authorization, CancellationToken cancellationToken);

    [Post("/processor/duplicate/check")]
    Task<HttpResponseMessage> CheckDuplicateAsync([Body] HttpContent body, [Header("Authorization")] string? authorization, CancellationToken cancellationToken);
}
