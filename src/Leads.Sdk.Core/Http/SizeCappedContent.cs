using System.Buffers;
using System.Net;

namespace Leads.Sdk.Http;

/// <summary>
/// A response body that fails with the size-cap exception once more than the maximum has been read. Buffered by
/// <see cref="HttpContent.LoadIntoBufferAsync()"/>, so the body is copied once, into HttpContent's own buffer
/// (sized from <c>Content-Length</c>), and the HttpClient's later buffering finds it already done.
/// </summary>
internal sealed class SizeCappedContent : HttpContent
{
    private const int ChunkSize = 16 * 1024;
    private readonly HttpContent _inner;
    private readonly long _maxBytes;
    private readonly MaxResponseSizeHandler _handler;
    private readonly HttpRequestMessage _request;
    private readonly HttpResponseMessage _response;

    public SizeCappedContent(HttpContent inner, long maxBytes, MaxResponseSizeHandler handler, HttpRequestMessage request, HttpResponseMessage response)
    {
        _inner = inner;
        _maxBytes = maxBytes;
        _handler = handler;
        _request = request;
        _response = response;

        // The unvalidated view: copied as they arrived, without parsing them or allocating a value array per header.
        foreach (var (name, values) in inner.Headers.NonValidated)
        {
            if (values.Count == 1)
            {
                Headers.TryAddWithoutValidation(name, values.ToString());
            }
            else
            {
                Headers.TryAddWithoutValidation(name, values);
            }
        }
    }

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        => SerializeToStreamAsync(stream, context, CancellationToken.None);

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
    {
        var body = await _inner.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        var chunk = ArrayPool<byte>.Shared.Rent(ChunkSize);
        try
        {
            await using (body.ConfigureAwait(false))
            {
                long total = 0;
                int read;
                while ((read = await body.ReadAsync(chunk.AsMemory(0, ChunkSize), cancellationToken).ConfigureAwait(false)) > 0)
                {
                    total += read;
                    if (total > _maxBytes)
                    {
                        throw _handler.TooLarge(_request, _response, _maxBytes);
                    }

                    await stream.WriteAsync(chunk.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
    }

    protected override bool TryComputeLength(out long length)
    {
        // Only reached when the server sent no Content-Length (its header is copied above).
        length = 0;
        return false;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
