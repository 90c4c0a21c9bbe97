using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using System.Text.Json.Serialization.Metadata;
using System.Xml;
using System.Xml.Linq;
using Leads.Sdk.Serialization;

namespace Leads.Sdk.Http;

/// <summary>
/// Turns responses into results or into the SDK's typed exceptions: error statuses become
/// <see cref="LeadsApiException"/> subclasses with the API's own code and message, and bodies that cannot be read
/// become <see cref="LeadsUnreadableResponseException"/> wrapping the parser's error. Every body excerpt is redacted.
/// </summary>
/// <param name="api">The API whose responses are read.</param>
/// <param name="secrets">Reads the configured secret values, masked wherever they appear in an excerpt.</param>
internal sealed class LeadsResponseReader(LeadsApiDescriptor api, Func<IEnumerable<string?>>? secrets = null)
{
    /// <summary>The API whose responses are read.</summary>
    public LeadsApiDescriptor Api { get; } = api ?? throw new ArgumentNullException(nameof(api));

    /// <summary>Throws the typed exception for a non-success status; returns for 2xx.</summary>
    /// <param name="response">The response.</param>
    /// <param name="cancellationToken">Cancels reading the body.</param>
    public async Task EnsureSuccessAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (response.IsSuccessStatusCode)
        {
            return;
        }

        var body = await ReadBodyAsync(response, cancellationToken).ConfigureAwait(false);
        throw CreateException(response, body);
    }

    /// <summary>Reads a successful JSON response; errors and unreadable bodies throw the typed exceptions.</summary>
    /// <typeparam name="T">The result type.</typeparam>
    /// <param name="response">The response.</param>
    /// <param name="typeInfo">The result's metadata from a source-generated context.</param>
    /// <param name="cancellationToken">Cancels reading.</param>
    public async Task<T> ReadJsonAsync<T>(HttpResponseMessage response, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(typeInfo);
        await EnsureSuccessAsync(response, cancellationToken).ConfigureAwait(false);
        try
        {
            return await ReadSuccessJsonAsync(response, typeInfo, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is HttpRequestException or IOException)
        {
            // Without the DI pipeline (which buffers bodies) the body may still be arriving: a connection that breaks
            // now is a transport failure, as it is while sending.
            throw LeadsTransportErrors.Map(Api, response.RequestMessage, exception);
        }
    }

    private async Task<T> ReadSuccessJsonAsync<T>(HttpResponseMessage response, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
    {
        // Deserialized from the content's stream, never from a copy of the whole body: a buffered body (HttpClient's
        // default, or the size cap) is read through a view over its buffer; an unbuffered one (ResponseHeadersRead,
        // as the OData pager reads pages) is parsed as it arrives, keeping only its start for an error excerpt.
        var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        if (!stream.CanSeek)
        {
            var recording = new ExcerptRecordingStream(stream);
            await using (recording.ConfigureAwait(false))
            {
                return await ReadJsonStreamAsync(response, recording, typeInfo, cancellationToken).ConfigureAwait(false);
            }
        }

        var start = stream.Position;
        var mediaType = response.Content.Headers.ContentType?.MediaType;
        if (IsHtml(mediaType))
        {
            var page = await ReadRestAsync(stream, start, cancellationToken).ConfigureAwait(false);
            ThrowIfEmpty(response, page, "JSON");
            throw CreateUnreadable(response, Encoding.UTF8.GetString(page), $"The body is an HTML page ({mediaType}); JSON was expected.", null);
        }

        try
        {
            return await JsonSerializer.DeserializeAsync(new Utf8ValidatingStream(stream), typeInfo, cancellationToken).ConfigureAwait(false)
                ?? throw new JsonException("The body is JSON null.");
        }
        catch (DecoderFallbackException exception)
        {
            var bytes = await ReadRestAsync(stream, start, cancellationToken).ConfigureAwait(false);
            throw NotUtf8(response, bytes, "JSON", exception);
        }
        catch (JsonException exception)
        {
            // The error path only: the whole body is read again for the check and the excerpt.
            var bytes = await ReadRestAsync(stream, start, cancellationToken).ConfigureAwait(false);
            ThrowIfEmpty(response, bytes, "JSON");
            throw CreateUnreadable(response, Encoding.UTF8.GetString(bytes), $"The body is not the JSON the API documents: {exception.Message}", exception);
        }
    }

    /// <summary>Reads a successful JSON response with a custom reader (for shapes a converter cannot express).</summary>
    /// <typeparam name="T">The result type.</typeparam>
    /// <param name="response">The response.</param>
    /// <param name="parse">Parses the UTF-8 body; may throw <see cref="JsonException"/>, <see cref="FormatException"/> or <see cref="InvalidOperationException"/>.</param>
    /// <param name="cancellationToken">Cancels reading.</param>
    public async Task<T> ReadJsonAsync<T>(HttpResponseMessage response, Func<byte[], T> parse, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parse);
        await EnsureSuccessAsync(response, cancellationToken).ConfigureAwait(false);
        var bytes = await LeadsTransportErrors.ReadAsByteArrayAsync(Api, response, cancellationToken).ConfigureAwait(false);
        return ReadBody(response, bytes, "JSON", (parse, bytes), static (_, state) => state.parse(state.bytes));
    }

    /// <summary>
    /// Reads a successful body that the caller already holds in memory (a pooled buffer, so no copy of it is made):
    /// an empty body or an HTML page is refused, and a parser's error becomes
    /// <see cref="LeadsUnreadableResponseException"/> with a redacted excerpt, as <see cref="ReadJsonAsync{T}(HttpResponseMessage, Func{byte[], T}, CancellationToken)"/> does.
    /// </summary>
    /// <typeparam name="T">The result type.</typeparam>
    /// <typeparam name="TState">What <paramref name="parse"/> needs besides the body (so it can be a static lambda).</typeparam>
    /// <param name="response">The response the body came from (its status is not checked here).</param>
    /// <param name="body">The whole body.</param>
    /// <param name="format">The format expected, for the messages: <c>JSON</c> or <c>XML</c>.</param>
    /// <param name="state">Passed to <paramref name="parse"/>.</param>
    /// <param name="parse">Parses the body; may throw <see cref="JsonException"/>, <see cref="XmlException"/>, <see cref="FormatException"/>, <see cref="InvalidOperationException"/> or <see cref="KeyNotFoundException"/>.</param>
    internal T ReadBody<T, TState>(HttpResponseMessage response, ReadOnlyMemory<byte> body, string format, TState state, Func<ReadOnlyMemory<byte>, TState, T> parse)
    {
        ThrowIfEmptyOrHtml(response, body.Span, format);
        ThrowIfNotUtf8(response, body.Span, format);
        try
        {
            return parse(body, state);
        }
        catch (Exception exception) when (exception is JsonException or XmlException or FormatException or InvalidOperationException or KeyNotFoundException)
        {
            throw CreateUnreadable(response, Encoding.UTF8.GetString(body.Span), $"The body is not the {format} the API documents: {exception.Message}", exception);
        }
    }

    /// <summary>Reads a successful XML response safely (no DTD, no resolver, size-capped) and parses it.</summary>
    /// <typeparam name="T">The result type.</typeparam>
    /// <param name="response">The response.</param>
    /// <param name="parse">Maps the document; may throw <see cref="FormatException"/> or <see cref="InvalidOperationException"/> for a wrong shape.</param>
    /// <param name="cancellationToken">Cancels reading.</param>
    public async Task<T> ReadXmlAsync<T>(HttpResponseMessage response, Func<XDocument, T> parse, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parse);
        var bytes = await ReadSuccessBytesAsync(response, "XML", cancellationToken).ConfigureAwait(false);
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            var document = await SafeXml.LoadAsync(stream, cancellationToken).ConfigureAwait(false);
            return parse(document);
        }
        catch (Exception exception) when (exception is XmlException or FormatException or InvalidOperationException or KeyNotFoundException)
        {
            throw CreateUnreadable(response, Encoding.UTF8.GetString(bytes), $"The body is not the XML the API documents: {exception.Message}", exception);
        }
    }

    /// <summary>Builds the typed exception for a response whose body could not be read as documented.</summary>
    /// <param name="response">The response.</param>
    /// <param name="body">The body text.</param>
    /// <param name="reason">Why it could not be read.</param>
    /// <param name="inner">The parser's exception.</param>
    /// <remarks>
    /// A parser's message can quote a response value that a hostile server filled with a credential: the inner
    /// exception is rebuilt with the secrets masked when its chain quotes one.
    /// </remarks>
    public LeadsUnreadableResponseException CreateUnreadable(HttpResponseMessage response, string? body, string reason, Exception? inner)
    {
        ArgumentNullException.ThrowIfNull(response);
        var secretValues = secrets?.Invoke();
        return new LeadsUnreadableResponseException(
            Details(response, body, new ApiErrorBody(null, reason), secretValues),
            InnerExceptionRedactor.Redact(inner, secretValues));
    }

    /// <summary>
    /// Refuses a successful body that is not valid UTF-8 (all four APIs send UTF-8 JSON or XML): decoding it anyway
    /// would replace the bad bytes and hand the caller silently altered values.
    /// </summary>
    /// <param name="response">The response the body came from.</param>
    /// <param name="body">The whole body.</param>
    /// <param name="format">The format expected, for the message.</param>
    internal void ThrowIfNotUtf8(HttpResponseMessage response, ReadOnlySpan<byte> body, string format)
    {
        if (!Utf8.IsValid(body))
        {
            throw NotUtf8(response, body, format, null);
        }
    }

    private LeadsUnreadableResponseException NotUtf8(HttpResponseMessage response, ReadOnlySpan<byte> body, string format, Exception? inner)
        => CreateUnreadable(response, Encoding.UTF8.GetString(body), $"The body is not valid UTF-8; {format} in UTF-8 was expected.", inner);

    /// <summary>Builds the typed exception for an error response: redirect (3xx, never followed), authentication, not found, rate limited, server, or the base type.</summary>
    /// <param name="response">The response.</param>
    /// <param name="body">The body text, if read.</param>
    /// <param name="error">The API's error code and message when the caller already parsed them; otherwise the API's parser runs.</param>
    public LeadsApiException CreateException(HttpResponseMessage response, string? body, ApiErrorBody? error = null)
    {
        ArgumentNullException.ThrowIfNull(response);
        var parsed = error ?? ParseError(body, response);
        if (LeadsRedirects.IsRedirect(response.StatusCode))
        {
            var location = LeadsRedirects.LocationOf(response);
            return new LeadsRedirectException(Details(response, body, parsed with { Message = parsed.Message ?? LeadsRedirects.NotFollowedMessage(location) }), location);
        }

        var details = Details(response, body, parsed);
        return response.StatusCode switch
        {
            HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden => new LeadsAuthenticationException(details),
            HttpStatusCode.NotFound => new LeadsNotFoundException(details),
            HttpStatusCode.TooManyRequests => new LeadsRateLimitedException(details, RetryRules.GetRetryAfter(response)),
            >= HttpStatusCode.InternalServerError => new LeadsServerException(details),
            _ => new LeadsApiException(details),
        };
    }

    /// <summary>The redacted details of a call, for building exceptions.</summary>
    /// <param name="response">The response.</param>
    /// <param name="body">The body text.</param>
    /// <param name="error">The API's error code and message.</param>
    public LeadsApiErrorDetails Details(HttpResponseMessage response, string? body, ApiErrorBody error)
        => Details(response, body, error, secrets?.Invoke());

    private LeadsApiErrorDetails Details(HttpResponseMessage response, string? body, ApiErrorBody error, IEnumerable<string?>? secretValues)
    {
        ArgumentNullException.ThrowIfNull(response);
        var request = response.RequestMessage;
        return new LeadsApiErrorDetails(
            Api.Name,
            request?.Method.Method ?? "?",
            SecretRedactor.Redact(RequestPath.Of(request), secretValues, int.MaxValue)!,
            response.StatusCode,
            SecretRedactor.Redact(error.Code, secretValues, 256),
            SecretRedactor.Redact(error.Message, secretValues, 1024),
            SecretRedactor.Redact(body, secretValues))
        {
            Response = RawResponse(response, secretValues),
        };
    }

    /// <summary>
    /// The raw response of a failure, its header values masked: a server can echo the configured secrets or the
    /// request's own authentication header in a header, and key and scheme masking (<c>password=</c>, <c>Bearer …</c>)
    /// applies even when no secret is configured.
    /// </summary>
    /// <param name="response">The response.</param>
    /// <param name="secretValues">The configured secrets, if any.</param>
    internal static LeadsResponse RawResponse(HttpResponseMessage response, IEnumerable<string?>? secretValues)
        => LeadsResponse.From(response, () => [.. secretValues ?? [], .. LeadsTransportErrors.CredentialsOf(response.RequestMessage)]);

    private async Task<byte[]> ReadSuccessBytesAsync(HttpResponseMessage response, string format, CancellationToken cancellationToken)
    {
        await EnsureSuccessAsync(response, cancellationToken).ConfigureAwait(false);
        var bytes = await LeadsTransportErrors.ReadAsByteArrayAsync(Api, response, cancellationToken).ConfigureAwait(false);
        ThrowIfEmptyOrHtml(response, bytes, format);
        ThrowIfNotUtf8(response, bytes, format);
        return bytes;
    }

    private void ThrowIfEmptyOrHtml(HttpResponseMessage response, ReadOnlySpan<byte> body, string format)
    {
        ThrowIfEmpty(response, body, format);
        var mediaType = response.Content.Headers.ContentType?.MediaType;
        if (IsHtml(mediaType))
        {
            throw CreateUnreadable(response, Encoding.UTF8.GetString(body), $"The body is an HTML page ({mediaType}); {format} was expected.", null);
        }
    }

    private async Task<T> ReadJsonStreamAsync<T>(HttpResponseMessage response, ExcerptRecordingStream body, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
    {
        var mediaType = response.Content.Headers.ContentType?.MediaType;
        try
        {
            if (IsHtml(mediaType))
            {
                await body.FillPrefixAsync(cancellationToken).ConfigureAwait(false);
                ThrowIfEmpty(response, body.Prefix, "JSON");
                throw CreateUnreadable(response, Encoding.UTF8.GetString(body.Prefix), $"The body is an HTML page ({mediaType}); JSON was expected.", null);
            }

            return await JsonSerializer.DeserializeAsync(new Utf8ValidatingStream(body), typeInfo, cancellationToken).ConfigureAwait(false)
                ?? throw new JsonException("The body is JSON null.");
        }
        catch (DecoderFallbackException exception)
        {
            throw NotUtf8(response, body.Prefix, "JSON", exception);
        }
        catch (JsonException exception)
        {
            ThrowIfEmpty(response, body.Prefix, "JSON");
            throw CreateUnreadable(response, Encoding.UTF8.GetString(body.Prefix), $"The body is not the JSON the API documents: {exception.Message}", exception);
        }
        catch (IOException exception)
        {
            // As HttpClient reports a body that breaks off while it buffers one.
            throw new HttpRequestException(HttpRequestError.ResponseEnded, "Error while copying content to a stream.", exception);
        }
    }

    private void ThrowIfEmpty(HttpResponseMessage response, ReadOnlySpan<byte> bytes, string format)
    {
        if (bytes.Trim(" \t\r\n"u8).IsEmpty)
        {
            throw CreateUnreadable(response, string.Empty, $"The body is empty; {format} was expected.", null);
        }
    }

    private static bool IsHtml(string? mediaType) => mediaType is not null && mediaType.Contains("html", StringComparison.OrdinalIgnoreCase);

    private static async Task<byte[]> ReadRestAsync(Stream stream, long start, CancellationToken cancellationToken)
    {
        stream.Position = start;
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy, cancellationToken).ConfigureAwait(false);
        return copy.ToArray();
    }

    private ApiErrorBody ParseError(string? body, HttpResponseMessage response)
    {
        if (string.IsNullOrWhiteSpace(body) || Api.ParseErrorBody is null)
        {
            return default;
        }

        try
        {
            return Api.ParseErrorBody(body, response.Content.Headers.ContentType?.MediaType);
        }
        catch (Exception exception) when (exception is JsonException or XmlException or FormatException or InvalidOperationException or KeyNotFoundException or ArgumentException or IndexOutOfRangeException)
        {
            // A parser that trips over an unexpected body must not hide the status behind its own exception.
            return default;
        }
    }

    private static async Task<string> ReadBodyAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            return await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is HttpRequestException or IOException or InvalidOperationException)
        {
            return string.Empty;
        }
    }
}
