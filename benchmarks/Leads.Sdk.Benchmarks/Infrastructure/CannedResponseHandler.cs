using System.Net;
using System.Net.Http.Headers;

namespace Leads.Sdk.Benchmarks.Infrastructure;

/// <summary>
/// Answers every request with fixed bytes, after reading the request body to the end so that lazily serialized
/// content (JsonContent, Refit bodies) costs the same as buffered content. No network: the clients' own cost shows.
/// </summary>
internal sealed class CannedResponseHandler : HttpMessageHandler
{
    private readonly Func<HttpRequestMessage, (byte[] Body, string MediaType)> _respond;

    public CannedResponseHandler(byte[] body, string mediaType)
        : this(_ => (body, mediaType))
    {
    }

    public CannedResponseHandler(Func<HttpRequestMessage, (byte[] Body, string MediaType)> respond) => _respond = respond;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Content is not null)
        {
            await request.Content.CopyToAsync(Stream.Null, cancellationToken);
        }

        var (body, mediaType) = _respond(request);
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue(mediaType) { CharSet = "utf-8" };
        return new HttpResponseMessage(HttpStatusCode.OK) { Content = content, RequestMessage = request };
    }
}
