using System.Buffers;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
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
/// options alone with <see cref="AimbaseODataClient(AimbaseODataClientOptions)"/>: both get the same pipeline (the
/// <c>Authenticate: Avala-Api {user}:{token}</c> header, transport-error mapping, retries, timeouts, circuit breaker,
/// response size cap, diagnostics, redirects never followed).
/// </summary>
/// <remarks>
/// The endpoints are declared in the Refit interface <see cref="IAimbaseODataApi"/>; only the server's next links (absolute
/// URLs) are sent by this class itself.
/// </remarks>
public class AimbaseODataClient : IAimbaseODataClient
{
    /// <summary>How this API reports errors (OData V4 and V3 error bodies).</summary>
    internal static LeadsApiDescriptor Api { get; } = new("AimbaseOData", ODataErrors.Parse);

    private readonly HttpClient _httpClient = null!;
    private readonly IAimbaseODataApi _api = null!;
    private readonly AimbaseODataClientOptions _options = null!;
    private readonly LeadsResponseReader _reader = null!;
    private readonly Uri _baseAddress = null!;

    /// <summary>
    /// Creates the client with the SDK's whole pipeline, as the DI registration builds it. Create it once and reuse it:
    /// it owns its connection pool.
    /// </summary>
    /// <param name="options">The options; validated here.</param>
    /// <exception cref="ArgumentException">The options are invalid.</exception>
    public AimbaseODataClient(AimbaseODataClientOptions options)
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
    public AimbaseODataClient(AimbaseODataClientOptions options, HttpMessageHandler primaryHandler)
        : this(CreateHttpClient(options, primaryHandler ?? throw new ArgumentNullException(nameof(primaryHandler))), options)
    {
    }

    /// <summary>
    /// Creates the client over a caller's <see cref="HttpClient"/>. Each call still adds the credentials
    /// (<c>Authenticate</c>), validates the patch, maps transport failures to <see cref="LeadsTransportException"/>, and
    /// refuses a 3xx answer or an answer obtained by following a redirect (<see cref="LeadsRedirectException"/>). It
    /// cannot add what lives in handlers: retries, timeouts, the circuit breaker, the response size cap and diagnostics;
    /// and it cannot stop the caller's handler from following a redirect before the SDK sees the answer: give it a
    /// primary handler with <c>AllowAutoRedirect = false</c>, or use <see cref="AimbaseODataClient(AimbaseODataClientOptions)"/>.
    /// </summary>
    /// <param name="httpClient">The HTTP client; its <see cref="HttpClient.BaseAddress"/> is set from the options when it has none.</param>
    /// <param name="options">The options; validated here.</param>
    /// <exception cref="ArgumentException">The options are invalid.</exception>
    public AimbaseODataClient(HttpClient httpClient, AimbaseODataClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        ThrowIfInvalid(options);
        // Where the requests go (Refit resolves against the client's base address), so also the origin next links must keep.
        var address = (httpClient.BaseAddress ??= options.BaseAddress!).AbsoluteUri;
        _baseAddress = new Uri(address.EndsWith('/') ? address : address + "/");
        _httpClient = httpClient;
        _api = LeadsRefit.Create<IAimbaseODataApi>(httpClient, Api);
        _options = options;
        _reader = new LeadsResponseReader(Api, options.GetSecrets);
    }

    /// <summary>For mocking frameworks.</summary>
    protected AimbaseODataClient()
    {
    }

    private static HttpClient CreateHttpClient(AimbaseODataClientOptions options, HttpMessageHandler? primaryHandler)
    {
        ThrowIfInvalid(options);
        var authentication = new AvalaApiAuthenticationHandler(() => (options.Username ?? string.Empty, options.ApiToken ?? string.Empty));
        return LeadsHttpPipeline.CreateHttpClient(Api, options, authentication, primaryHandler);
    }

    private static void ThrowIfInvalid(AimbaseODataClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = options.Validate();
        if (errors.Count > 0)
        {
            throw new ArgumentException("Invalid AimbaseODataClientOptions: " + string.Join(" ", errors), nameof(options));
        }
    }

    // Every request carries the credentials itself, so a client over a caller's HttpClient authenticates too; the
    // pipeline's handler sets the same header again from the current options (rotated credentials).
    private string AuthenticateValue() => AvalaApiAuthenticationHandler.FormatValue(_options.Username!, _options.ApiToken!);

    /// <inheritdoc/>
    public virtual async Task<AimbaseODataLead> GetLeadAsync(int id, ODataExpand<AimbaseODataLead>? expand = null, CancellationToken cancellationToken = default)
    {
        using var response = await _api.GetLeadAsync(id, expand?.EncodedExpand, expand?.EncodedSelect, AuthenticateValue(), cancellationToken).ConfigureAwait(false);
        LeadsRedirects.ThrowIfFollowed(Api, response, HttpMethod.Get, _baseAddress);
        var lead = await _reader.ReadJsonAsync(response, AimbaseODataJsonContext.Default.AimbaseODataLead, cancellationToken).ConfigureAwait(false)
            ?? throw _reader.CreateUnreadable(response, "null", "The body is null; a lead was expected.", null);
        return lead.WithRawResponse(RawResponseOf(response));
    }

    /// <inheritdoc/>
    public virtual ODataPageable<AimbaseODataLead> ListLeadsAsync(ODataQuery<AimbaseODataLead>? query = null, CancellationToken cancellationToken = default)
        => new LinkPageable<AimbaseODataLead>(this, query, AimbaseODataJsonContext.Default.ODataCollectionResponseAimbaseODataLead, cancellationToken);

    /// <inheritdoc/>
    public virtual async Task<AimbaseODataCountLeadsResult> CountLeadsAsync(ODataFilter? filter = null, CancellationToken cancellationToken = default)
    {
        // $top=0 with $count=true: the count of the matching leads and an empty page, in the JSON every other GET
        // answers with (docs/decisions.md: the doc names no count syntax; /$count would answer text/plain).
        using var response = await _api.GetLeadsAsync(
            filter?.EncodedExpression, expand: null, select: null, orderBy: null, top: 0, skip: null, count: "true", prefer: null, AuthenticateValue(), cancellationToken).ConfigureAwait(false);
        LeadsRedirects.ThrowIfFollowed(Api, response, HttpMethod.Get, _baseAddress);
        var body = await _reader.ReadJsonAsync(response, AimbaseODataJsonContext.Default.ODataCountResponse, cancellationToken).ConfigureAwait(false);
        if (body?.EffectiveCount is not { } count)
        {
            throw _reader.CreateUnreadable(response, null, "The answer has no @odata.count; the server did not count the leads.", null);
        }

        return new AimbaseODataCountLeadsResult { Count = count, RawResponse = RawResponseOf(response) };
    }

    /// <inheritdoc/>
    public virtual async Task<LeadsResponse> UpdateLeadAsync(int id, AimbaseODataLeadPatch patch, CancellationToken cancellationToken = default)
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
        using var response = await _api.UpdateLeadAsync(id, content, AuthenticateValue(), cancellationToken).ConfigureAwait(false);
        LeadsRedirects.ThrowIfFollowed(Api, response, HttpMethod.Patch, _baseAddress);
        await _reader.EnsureSuccessAsync(response, cancellationToken).ConfigureAwait(false);

        // A 2xx HTML page comes from something in front of the API (a proxy's sign-in page): the update was not applied.
        if (response.Content.Headers.ContentType?.MediaType?.Contains("html", StringComparison.OrdinalIgnoreCase) == true)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            throw _reader.CreateUnreadable(response, body, "The body is an HTML page, not the API's answer; the update was not confirmed.", null);
        }

        return RawResponseOf(response);
    }

    /// <summary>
    /// Reads one page: the first page of <paramref name="query"/> when <paramref name="link"/> is null, else the page at
    /// <paramref name="link"/>. Resolves and checks its next link (same origin as the base address, not seen before).
    /// </summary>
    internal async Task<ODataPage<T>> GetPageAsync<T>(
        Uri? link, ODataQuery<T>? query, int? pageSizeHint, ISet<string> visited, JsonTypeInfo<ODataCollectionResponse<T>> typeInfo, CancellationToken cancellationToken)
    {
        var prefer = (pageSizeHint ?? _options.MaxPageSize) is { } pageSize ? "odata.maxpagesize=" + pageSize.ToString(CultureInfo.InvariantCulture) : null;

        // The page is parsed as it arrives (pages are megabytes; buffering each one first held a second copy of it).
        // HttpClient.Timeout covers only the headers of such a call, so the body gets the rest of that timeout here.
        var started = Stopwatch.GetTimestamp();
        using var response = link is null
            ? await SendFirstPageAsync(query, prefer, cancellationToken).ConfigureAwait(false)
            : await SendLinkAsync(link, prefer, cancellationToken).ConfigureAwait(false);
        var body = await ReadPageBodyAsync(response, typeInfo, started, cancellationToken).ConfigureAwait(false);
        if (body.Value is null || body.Value.Any(item => item is null))
        {
            throw _reader.CreateUnreadable(response, null, "The page has no \"value\" array of entities.", null);
        }

        string? next = null;
        if (!string.IsNullOrEmpty(body.EffectiveNextLink))
        {
            // Relative links resolve against the address this page was read from (HttpClient made it absolute; a
            // handler that drops the request from its response leaves only the base address to resolve against).
            var pageUri = response.RequestMessage?.RequestUri is { IsAbsoluteUri: true } sent ? sent : link ?? _baseAddress;
            if (link is null)
            {
                visited.Add(pageUri.AbsoluteUri);
            }

            if (!Uri.TryCreate(pageUri, body.EffectiveNextLink, out var nextUri) || !IsSameOrigin(nextUri))
            {
                throw _reader.CreateUnreadable(response, null, "The next link is not a link on the configured Aimbase instance; it was not followed (credentials would go to it).", null);
            }

            if (!visited.Add(nextUri.AbsoluteUri))
            {
                throw _reader.CreateUnreadable(response, null, "The next link points at a page already read (a paging loop); stopped instead of looping.", null);
            }

            next = nextUri.AbsoluteUri;
        }

        return new ODataPage<T>(body.Value!, next, body.EffectiveCount) { RawResponse = RawResponseOf(response) };
    }

    private async Task<HttpResponseMessage> SendFirstPageAsync<T>(ODataQuery<T>? query, string? prefer, CancellationToken cancellationToken)
    {
        var response = await _api.GetLeadsAsync(
            query?.EncodedFilter,
            query?.EncodedExpand,
            query?.EncodedSelect,
            query?.EncodedOrderBy,
            query?.TopCount,
            query?.SkipCount,
            query?.CountOption,
            prefer,
            AuthenticateValue(),
            cancellationToken).ConfigureAwait(false);
        LeadsRedirects.ThrowIfFollowed(Api, response, HttpMethod.Get, _baseAddress);
        return response;
    }

    // Not through Refit: a next link is an absolute URL from the server, sent byte for byte as it came (after the
    // same-origin check), and Refit only sends paths under the base address built from its templates
    // (docs/decisions.md, "OData: Refit").
    private Task<HttpResponseMessage> SendLinkAsync(Uri link, string? prefer, CancellationToken cancellationToken)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, link);
        request.Headers.TryAddWithoutValidation(AvalaApiAuthenticationHandler.HeaderName, AuthenticateValue());
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (prefer is not null)
        {
            request.Headers.TryAddWithoutValidation("Prefer", prefer);
        }

        return LeadsTransportErrors.SendAsync(_httpClient, Api, request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
    }

    // Header values are masked with the options' secrets, as in error messages.
    private LeadsResponse RawResponseOf(HttpResponseMessage response) => LeadsResponse.From(response, _options.GetSecrets);

    private async Task<ODataCollectionResponse<T>> ReadPageBodyAsync<T>(
        HttpResponseMessage response, JsonTypeInfo<ODataCollectionResponse<T>> typeInfo, long started, CancellationToken cancellationToken)
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
