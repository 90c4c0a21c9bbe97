namespace Leads.Sdk.Http;

/// <summary>
/// The innermost SDK handler: starts a <see cref="WireAttempt"/> for each send, so <see cref="SingleWireRequestStream"/>
/// (installed on the primary <see cref="SocketsHttpHandler"/>) lets the request reach the wire on one connection only.
/// A retry by the resilience pipeline passes through here again and is a new attempt.
/// </summary>
internal sealed class SingleWireRequestHandler : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        WireAttempt.Begin();
        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }
}
