using System.Buffers;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using Leads.Sdk.Aimbase.OData.Internal;
using Leads.Sdk.Aimbase.OData.Models;
using Leads.Sdk.Aimbase.OData.Paging;
using Leads.Sdk.Aimbase.OData.Query;
using Leads.Sdk.Aimbase.OData.Serialization;
using Leads.Sdk.Http;
using Leads.Sdk.Validation;

namespace Leads.Sdk.Aimbase.OData;

/// <summary>
/// The Aimbase Lead OData V2 client. Register it with <c>services.AddAimbaseODataClient(...)</c>, or build it from its
/// options alone with <see cref="AimbaseODataClient(AimbaseODataOptions)"/>: both get the same pipeline (the
/// <c>Authenticate: Avala-Api {user}:{token}</c> header, transport-error mapping, retries, timeouts, circuit breaker,
/// response size cap, diagnostics, redirects never followed).
/// </summary>
/// <remarks>
/// Requests are built here rather than through Refit: Refit escapes query keys (<c>$filter</c> → <c>%24filter</c>)
/// and cannot send a server's absolute next link as is, and OData needs both byte-exact.
/// </remarks>
public class AimbaseODataClient : IAimbaseODataClient
{
    /// <summary>How this API reports errors (OData V4 and V3 error bodies).</summary>
    internal static LeadsApiDescriptor Api { get; } = new("AimbaseOData", ODataErrors.Parse);

    private const string LeadsPath = "odata/V2/Leads";
    private readonly HttpClient _httpClient = null!;
    private readonly AimbaseODataOptions _options = null!;
    private readonly LeadsResponseReader _reader = null!;
    private readonly Uri _baseAddress = null!;

    /// <summary>
    /// Creates the client with the SDK's whole pipeline, as the DI registration builds it. Create it once and reuse it:
    /// it owns its connection pool.
    /// </summary>
    /// <param name="options">The options; validated here.</param>
    /// <exception cref="ArgumentException">The options are invalid.</exception>
    public AimbaseODataClient(AimbaseODataOptions options)
        : this(CreateHttpClient(options, null), options)
    {
    }

    /// <summary>
    /// Creates the client with the SDK's whole pipeline over <paramref name="primaryHandler"/> (a proxy, client
    /// certificates): automatic redirects are turned off on it when it is a <see cref="SocketsHttpHandler"/> or
    /// <see cref="HttpClientHandler"/> not yet used, and an answer it obtained by following a redirect is refused.
    /// </summary>
    /// <param name="options">The options; validated here.</param>
    /// <param name="primaryHandler">The handler that sends requests; the caller disposes it.</param>
    /// <exception cref="ArgumentException">The options are invalid.</exception>
    public AimbaseODataClient(AimbaseODataOptions options, HttpMessageHandler primaryHandler)
        : this(CreateHttpClient(options, primaryHandler ?? throw new ArgumentNullException(nameof(primaryHandler))), options)
    {
    }

    /// <summary>
    /// Creates the client over a caller's <see cref="HttpClient"/>. Each call still adds the credentials
    /// (<c>Authenticate</c>), validates the patch, maps transport failures to <see cref="LeadsTransportException"/>, and
    /// refuses a 3xx answer or an answer obtained by following a redirect (<see cref="LeadsRedirectException"/>). It
    /// cannot add what lives in handlers: retries, timeouts, the circuit breaker, the response size cap and diagnostics;
    /// and it cannot stop the caller's handler from following a redirect before the SDK sees the answer: give it a
    /// primary handler with <c>AllowAutoRedirect = false</c>, or use <see cref="AimbaseODataClient(AimbaseODataOptions)"/>.
    /// </summary>
    /// <param name="httpClient">The HTTP client.</param>
    /// <param name="options">The options; validated here.</param>
    /// <exception cref="ArgumentException">The options are invalid.</exception>
    public AimbaseODataClient(HttpClient httpClient, AimbaseODataOptions options)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        ThrowIfInvalid(options);
        _httpClient = httpClient;
        _options = options;
        _reader = new LeadsResponseReader(Api, options.GetSecrets);
        var address = options.BaseAddress!.AbsoluteUri;
        _baseAddress = new Uri(address.EndsWith('/') ? address : address + "/");
    }

    /// <summary>For mocking frameworks.</summary>
    protected AimbaseODataClient()
    {
    }

    private static HttpClient CreateHttpClient(AimbaseODataOptions options, HttpMessageHandler? primaryHandler)
    {
        ThrowIfInvalid(options);
        var authentication = new AvalaApiAuthenticationHandler(() => (options.UserName ?? string.Empty, options.ApiToken ?? string.Empty));
        return LeadsHttpPipeline.CreateHttpClient(Api, options, authentication, primaryHandler);
    }

    private static void ThrowIfInvalid(AimbaseODataOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = options.Validate();
        if (errors.Count > 0)
        {
            throw new ArgumentException("Invalid AimbaseODataOptions: " + string.Join(" ", errors), nameof(options));
        }
    }

    // Every request carries the credentials itself, so a client over a caller's HttpClient authenticates too; the
    // pipeline's handler sets the same header again from the current options (rotated credentials).
    private HttpRequestMessage NewRequest(HttpMethod method, Uri uri)
    {
        var request = new HttpRequestMessage(method, uri);
        request.Headers.TryAddWithoutValidation(AvalaApiAuthenticationHandler.HeaderName, AvalaApiAuthenticationHandler.FormatValue(_options.UserName!, _options.ApiToken!));
        return request;
    }

    /// <inheritdoc/>
    public virtual async Task<Lead> GetLeadAsync(int id, ODataExpand<Lead>? expand = null, CancellationToken cancellationToken = default)
    {
        var query = expand is null || expand.IsEmpty ? string.Empty : "?" + ODataQueryString.Build(expand.Options());
        var uri = new Uri(_baseAddress, $"{LeadsPath}({id.ToString(CultureInfo.InvariantCulture)}){query}");
        using var request = NewRequest(HttpMethod.Get, uri);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        using var response = await LeadsTransportErrors.SendAsync(_httpClient, Api, request, HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
        return await _reader.ReadJsonAsync(response, AimbaseODataJsonContext.Default.Lead, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public virtual ODataPageable<Lead> ListLeadsAsync(ODataQuery<Lead>? query = null, CancellationToken cancellationToken = default)
    {
        var queryString = query is null ? string.Empty : query.ToQueryString();
        var first = new Uri(_baseAddress, queryString.Length == 0 ? LeadsPath : $"{LeadsPath}?{queryString}");
        return new LinkPageable<Lead>(this, first, query?.TopCount, AimbaseODataJsonContext.Default.ODataCollectionResponseLead, cancellationToken);
    }

    /// <inheritdoc/>
    public virtual async Task UpdateLeadAsync(int id, LeadPatch patch, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(patch);
        var errors = new ValidationErrorCollector();
        patch.Validate(errors, ValidationPath.Root);
        errors.ThrowIfAny();

        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            patch.WriteTo(writer);
        }

        using var content = new ByteArrayContent(buffer.WrittenSpan.ToArray());
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        var uri = new Uri(_baseAddress, $"{LeadsPath}({id.ToString(CultureInfo.InvariantCulture)})");
        using var request = NewRequest(HttpMethod.Patch, uri);
        request.Content = content;
        using var response = await LeadsTransportErrors.SendAsync(_httpClient, Api, request, HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
        await _reader.EnsureSuccessAsync(response, cancellationToken).ConfigureAwait(false);

        // A 2xx HTML page comes from something in front of the API (a proxy's sign-in page): the update was not applied.
        if (response.Content.Headers.ContentType?.MediaType?.Contains("html", StringComparison.OrdinalIgnoreCase) == true)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            throw _reader.CreateUnreadable(response, body, "The body is an HTML page, not the API's answer; the update was not confirmed.", null);
        }
    }

    /// <summary>Reads one page; resolves and checks its next link (same origin as the base address, not seen before).</summary>
    internal async Task<ODataPage<T>> GetPageAsync<T>(
        Uri uri, int? pageSizeHint, ISet<string> visited, System.Text.Json.Serialization.Metadata.JsonTypeInfo<ODataCollectionResponse<T>> typeInfo, CancellationToken cancellationToken)
    {
        using var request = NewRequest(HttpMethod.Get, uri);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if ((pageSizeHint ?? _options.MaxPageSize) is { } pageSize)
        {
            request.Headers.TryAddWithoutValidation("Prefer", "odata.maxpagesize=" + pageSize.ToString(CultureInfo.InvariantCulture));
        }

        // The page is parsed as it arrives (pages are megabytes; buffering each one first held a second copy of it).
        // HttpClient.Timeout covers only the headers of such a call, so the body gets the rest of that timeout here.
        var started = Stopwatch.GetTimestamp();
        using var response = await LeadsTransportErrors.SendAsync(_httpClient, Api, request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        var body = await ReadPageBodyAsync(response, typeInfo, started, cancellationToken).ConfigureAwait(false);
        if (body.Value is null || body.Value.Any(item => item is null))
        {
            throw _reader.CreateUnreadable(response, null, "The page has no \"value\" array of entities.", null);
        }

        string? next = null;
        if (!string.IsNullOrEmpty(body.EffectiveNextLink))
        {
            if (!Uri.TryCreate(uri, body.EffectiveNextLink, out var nextUri) || !IsSameOrigin(nextUri))
            {
                throw _reader.CreateUnreadable(response, null, "The next link is not a link on the configured Aimbase instance; it was not followed (credentials would go to it).", null);
            }

            if (!visited.Add(nextUri.AbsoluteUri))
            {
                throw _reader.CreateUnreadable(response, null, "The next link points at a page already read (a paging loop); stopped instead of looping.", null);
            }

            next = nextUri.AbsoluteUri;
        }

        return new ODataPage<T>(body.Value!, next, body.EffectiveCount);
    }

    private async Task<ODataCollectionResponse<T>> ReadPageBodyAsync<T>(
        HttpResponseMessage response, System.Text.Json.Serialization.Metadata.JsonTypeInfo<ODataCollectionResponse<T>> typeInfo, long started, CancellationToken cancellationToken)
    {
        var timeout = _httpClient.Timeout;
        if (timeout == Timeout.InfiniteTimeSpan)
        {
            return await _reader.ReadJsonAsync(response, typeInfo, cancellationToken).ConfigureAwait(false);
        }

        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeoutSource.CancelAfter(TimeSpan.FromTicks(Math.Max(0, timeout.Ticks - Stopwatch.GetElapsedTime(started).Ticks)));
        try
        {
            return await _reader.ReadJsonAsync(response, typeInfo, timeoutSource.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException exception) when (!cancellationToken.IsCancellationRequested && timeoutSource.IsCancellationRequested)
        {
            // What HttpClient throws when its timeout elapses, mapped as every other transport timeout is.
            var message = string.Create(CultureInfo.InvariantCulture, $"The request was canceled due to the configured HttpClient.Timeout of {timeout.TotalSeconds} seconds elapsing.");
            throw LeadsTransportErrors.Map(Api, response.RequestMessage, new TaskCanceledException(message, new TimeoutException(exception.Message, exception)));
        }
    }

    /// <summary>Checks a continuation link from a caller before following it.</summary>
    internal Uri ResolveContinuation(string continuationLink)
    {
        if (!Uri.TryCreate(_baseAddress, continuationLink, out var uri) || !IsSameOrigin(uri))
        {
            throw new ArgumentException("The continuation link must be a link on the configured Aimbase instance.", nameof(continuationLink));
        }

        return uri;
    }

    private bool IsSameOrigin(Uri uri)
        => uri.IsAbsoluteUri && Uri.Compare(uri, _baseAddress, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) == 0;
}
