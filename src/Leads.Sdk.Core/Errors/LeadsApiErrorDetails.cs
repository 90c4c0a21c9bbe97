using System.Net;

namespace Leads.Sdk;

/// <summary>What is known about a failed call; every string here is already free of secrets.</summary>
/// <param name="ApiName">The API that failed, for example <c>Aimbase</c>.</param>
/// <param name="Method">The HTTP method.</param>
/// <param name="RequestPath">The request path without its query string.</param>
/// <param name="StatusCode">The status code, or <see langword="null"/> when no response arrived.</param>
/// <param name="ErrorCode">The API's own error code, when the body carried one.</param>
/// <param name="ErrorMessage">The API's own error message, when the body carried one.</param>
/// <param name="ResponseBodyExcerpt">A redacted excerpt of the body.</param>
public sealed record LeadsApiErrorDetails(
    string ApiName,
    string Method,
    string RequestPath,
    HttpStatusCode? StatusCode,
    string? ErrorCode = null,
    string? ErrorMessage = null,
    string? ResponseBodyExcerpt = null)
{
    /// <summary>
    /// The response the failure came from: status, headers (secrets masked) and the server's request id, for a support
    /// ticket or a <c>Retry-After</c> of your own. <see langword="null"/> when no response arrived (a
    /// <see cref="LeadsTransportException"/>) or for details you built yourself.
    /// </summary>
    public LeadsResponse? Response { get; init; }
}
