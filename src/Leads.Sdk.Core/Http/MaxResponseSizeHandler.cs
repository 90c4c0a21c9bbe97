namespace Leads.Sdk.Http;

/// <summary>
/// Reads each response body into memory up to a maximum, so a body larger than allowed is an error rather than a
/// truncation or an unbounded allocation, and so slow bodies count against the attempt timeout.
/// </summary>
/// <param name="api">The API the handler serves.</param>
/// <param name="maxBytes">Reads the current maximum.</param>
public sealed class MaxResponseSizeHandler(LeadsApiDescriptor api, Func<long> maxBytes) : DelegatingHandler
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

            using var buffer = new MemoryStream();
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

            var buffered = new ByteArrayContent(buffer.ToArray());
            foreach (var header in response.Content.Headers)
            {
                buffered.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }

            response.Content.Dispose();
            response.Content = buffered;
            return response;
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

    private LeadsUnreadableResponseException TooLarge(HttpRequestMessage request, HttpResponseMessage response, long limit)
        => new(new LeadsApiErrorDetails(
            api.Name,
            request.Method.Method,
            RequestPath.Of(request),
            response.StatusCode,
            ErrorMessage: $"The response body is larger than the configured maximum of {limit} bytes (MaxResponseBytes); it was not read."));
}
