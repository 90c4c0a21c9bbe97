namespace Leads.Sdk.Http;

/// <summary>
/// Reads each response body into memory up to a maximum, so a body larger than allowed is an error rather than a
/// truncation or an unbounded allocation, and so slow bodies count against the attempt timeout.
/// </summary>
/// <param name="api">The API the handler serves.</param>
/// <param name="maxBytes">Reads the current maximum.</param>
internal sealed class MaxResponseSizeHandler(LeadsApiDescriptor api, Func<long> maxBytes) : DelegatingHandler
{
    /// <inheritdoc/>
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        var limit = maxBytes();
        try
        {
            if (response.Content.Headers.ContentLength > limit)
            {
                throw TooLarge(request, response, limit);
            }

#if NET9_0_OR_GREATER
            if (response.Content.Headers.ContentLength is not null)
            {
                // The length was checked above and HTTP framing delivers no more than it: buffered as is, once, into
                // the content's own buffer sized from the length, which HttpClient and the clients then read (no
                // wrapper content, no copied headers: ~1 KB less per call). The limit passed on is a backstop for a
                // handler whose content sends more than its Content-Length.
                await response.Content.LoadIntoBufferAsync(Math.Min(limit, int.MaxValue), cancellationToken).ConfigureAwait(false);
                return response;
            }

            // No length to check up front: counted while it is buffered, once, into HttpContent's own buffer.
            var capped = new SizeCappedContent(response.Content, limit, this, request, response);
            response.Content = capped;
            await capped.LoadIntoBufferAsync(cancellationToken).ConfigureAwait(false);
#else
            var length = response.Content.Headers.ContentLength;
            var buffer = new MemoryStream(length is > 0 and <= int.MaxValue ? (int)length.Value : 0);
            var body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            await using (body.ConfigureAwait(false))
            {
                var chunk = new byte[16 * 1024];
                int read;
                while ((read = await body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
                {
                    if (buffer.Length + read > limit)
                    {
                        throw TooLarge(request, response, limit);
                    }

                    buffer.Write(chunk, 0, read);
                }
            }

            // The MemoryStream's own array is handed over (no ToArray copy).
            var buffered = new ByteArrayContent(buffer.GetBuffer(), 0, (int)buffer.Length);
            foreach (var header in response.Content.Headers)
            {
                buffered.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }

            response.Content.Dispose();
            response.Content = buffered;
#endif
            return response;
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

    internal LeadsUnreadableResponseException TooLarge(HttpRequestMessage request, HttpResponseMessage response, long limit)
        => new(new LeadsApiErrorDetails(
            api.Name,
            request.Method.Method,
            RequestPath.Of(request),
            response.StatusCode,
            ErrorMessage: $"The response body is larger than the configured maximum of {limit} bytes (MaxResponseBytes); it was not read.")
        {
            Response = LeadsResponseReader.RawResponse(response, null),
        });
}
