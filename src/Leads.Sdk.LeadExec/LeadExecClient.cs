using Leads.Sdk.Http;
using Leads.Sdk.LeadExec.Internal;
using Leads.Sdk.LeadExec.Models;
using Leads.Sdk.LeadExec.Serialization;
using Leads.Sdk.LeadExec.Validation;
using Leads.Sdk.Serialization;

namespace Leads.Sdk.LeadExec;

/// <summary>
/// The LeadExec Lead Receiver client. Build it with <c>services.AddLeadExecClient(...)</c>, or from its options alone
/// with <see cref="LeadExecClient(LeadExecClientOptions)"/>: both get the same pipeline (transport-error mapping, retries,
/// timeouts, circuit breaker, response size cap, diagnostics, redirects never followed). Methods are virtual so the
/// client can be mocked.
/// </summary>
public class LeadExecClient : ILeadExecClient
{
    /// <summary>How the SDK names this API in errors and telemetry, and how it reads its error bodies.</summary>
    internal static readonly LeadsApiDescriptor Api = new("LeadExec", LeadExecResponseParser.ErrorBody);

    private readonly ILeadExecApi _api = null!;
    private readonly HttpClient _http = null!;
    private readonly LeadExecClientOptions _options = null!;
    private readonly LeadsResponseReader _reader = null!;
    private readonly TimeProvider _time = TimeProvider.System;

    /// <summary>
    /// Creates a client with the SDK's whole pipeline, as the DI registration builds it. Create it once and reuse it:
    /// it owns its connection pool.
    /// </summary>
    /// <param name="options">Where the API is and the source's credentials; validated here.</param>
    /// <exception cref="ArgumentException">The options are invalid.</exception>
    public LeadExecClient(LeadExecClientOptions options)
        : this(CreateHttpClient(options, null), options)
    {
    }

    /// <summary>
    /// Creates a client with the SDK's whole pipeline over <paramref name="primaryHandler"/> (a proxy, client
    /// certificates): automatic redirects are turned off on it when it is a <see cref="SocketsHttpHandler"/> or
    /// <see cref="HttpClientHandler"/> not yet used, and an answer it obtained by following a redirect is refused.
    /// </summary>
    /// <param name="options">Where the API is and the source's credentials; validated here.</param>
    /// <param name="primaryHandler">The handler that sends requests; the caller disposes it.</param>
    /// <exception cref="ArgumentException">The options are invalid.</exception>
    public LeadExecClient(LeadExecClientOptions options, HttpMessageHandler primaryHandler)
        : this(CreateHttpClient(options, primaryHandler ?? throw new ArgumentNullException(nameof(primaryHandler))), options)
    {
    }

    /// <summary>
    /// Creates a client over a caller's <see cref="HttpClient"/>. Each call still adds the credentials (in the body, and
    /// the Bearer token when set), validates the request, maps transport failures to <see cref="LeadsTransportException"/>,
    /// and refuses a 3xx answer or an answer obtained by following a redirect (<see cref="LeadsRedirectException"/>;
    /// an autoredirect insert's 3xx is its result). It cannot add what lives in handlers: retries, timeouts, the circuit
    /// breaker, the response size cap and diagnostics; and it cannot stop the caller's handler from following a redirect
    /// (with the lead) before the SDK sees the answer: give it a primary handler with <c>AllowAutoRedirect = false</c>,
    /// or use <see cref="LeadExecClient(LeadExecClientOptions)"/>.
    /// </summary>
    /// <param name="httpClient">The HTTP client; its base address is set from <paramref name="options"/> when it has none.</param>
    /// <param name="options">Where the API is and the source's credentials.</param>
    /// <param name="timeProvider">The clock for polling and order expiry; the system clock when omitted.</param>
    /// <exception cref="ArgumentException">The options are invalid.</exception>
    public LeadExecClient(HttpClient httpClient, LeadExecClientOptions options, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        ThrowIfInvalid(options);
        httpClient.BaseAddress ??= options.BaseAddress;
        _options = options;
        _time = timeProvider ?? TimeProvider.System;
        _reader = new LeadsResponseReader(Api, options.GetSecrets);
        _api = LeadsRefit.Create<ILeadExecApi>(httpClient, Api);
        _http = httpClient;
    }

    /// <summary>For mocking frameworks only.</summary>
    protected LeadExecClient()
    {
    }

    private static HttpClient CreateHttpClient(LeadExecClientOptions options, HttpMessageHandler? primaryHandler)
    {
        ThrowIfInvalid(options);
        return LeadsHttpPipeline.CreateHttpClient(Api, options, authentication: null, primaryHandler);
    }

    private static void ThrowIfInvalid(LeadExecClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = options.Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException("Invalid LeadExecClientOptions: " + string.Join(" ", problems), nameof(options));
        }
    }

    /// <inheritdoc/>
    public virtual async Task<LeadExecPostResult> CreateLeadAsync(LeadExecCreateLeadRequest request, CancellationToken cancellationToken = default)
    {
        var (body, credentials) = PrepareInsert(request, queued: false);
        var (postType, responseType) = (PostTypeSegment(request.PostType), ResponseSegment(request.ResponseFormat));
        var response = await _api.InsertLeadAsync(postType, responseType, body, Authorization(credentials), cancellationToken).ConfigureAwait(false);
        ThrowIfFollowed(response, $"/processor/insert/{postType}/{responseType}");
        if (request.PostType == LeadExecPostType.AutoRedirect && LeadsRedirects.IsRedirect(response.StatusCode) && response.Headers.Location is not null)
        {
            return AutoRedirected(response);
        }

        return await ReadAsync(response, LeadExecResponseParser.PostResult, cancellationToken).ConfigureAwait(false);
    }

    // "Create Redirect Lead", autoredirect: LeadExec "forwards the request to a URL", i.e. answers with a redirect to the
    // buyer. The lead was accepted; the URL is for the consumer's browser, so it is returned, never followed (the lead
    // and the credentials would go with it). docs/decisions.md, LeadExec.
    private LeadExecPostResult AutoRedirected(HttpResponseMessage response)
    {
        using (response)
        {
            return new LeadExecPostResult
            {
                RawResponse = LeadsResponse.From(response, _options.GetSecrets),
                IsValidPost = true,
                ResponseType = LeadExecResponseType.NoError,
                ResponseDetails = $"Redirected ({(int)response.StatusCode}); the redirect was not followed.",
                RedirectUrl = LeadsRedirects.LocationOf(response)!.AbsoluteUri,
            };
        }
    }

    /// <inheritdoc/>
    public virtual async Task<LeadExecQueueResult> QueueLeadAsync(LeadExecCreateLeadRequest request, CancellationToken cancellationToken = default)
    {
        var (body, credentials) = PrepareInsert(request, queued: true);
        var (postType, responseType) = (PostTypeSegment(request.PostType), ResponseSegment(request.ResponseFormat));
        var response = await _api.QueueLeadAsync(postType, responseType, body, Authorization(credentials), cancellationToken).ConfigureAwait(false);
        ThrowIfFollowed(response, $"/processor/insert/{postType}/{responseType}/async");
        return await ReadAsync(response, LeadExecResponseParser.QueueResult, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public virtual async Task<LeadExecQueueStatus> GetQueueStatusAsync(string postId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(postId);
        var credentials = ResolvedCredentials.From(_options, null);
        var response = await _api.GetQueueStatusAsync(postId.Trim(), Authorization(credentials), cancellationToken).ConfigureAwait(false);
        LeadsRedirects.ThrowIfFollowed(Api, response, HttpMethod.Get, _http.BaseAddress);
        return await ReadAsync(response, LeadExecResponseParser.QueueStatus, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public virtual async Task<LeadExecQueueStatus> WaitForQueueResultAsync(string postId, LeadExecPollingOptions? polling = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(postId);
        polling ??= new LeadExecPollingOptions();
        using var timeout = new CancellationTokenSource(polling.Timeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        LeadExecQueueStatus? last = null;
        var attempt = 0;
        try
        {
            while (true)
            {
                last = await GetQueueStatusAsync(postId, linked.Token).ConfigureAwait(false);
                attempt++;
                if (last.IsProcessed)
                {
                    return last;
                }

                await Task.Delay(polling.DelayAfter(attempt), _time, linked.Token).ConfigureAwait(false);
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or LeadsTransportException
                                          && timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            // The last status is the server's text, which a hostile server can fill with an echoed credential.
            throw new LeadsOperationTimeoutException(polling.Timeout,
                SecretRedactor.Redact(
                    $"The queued request {postId} was not processed within {polling.Timeout} ({attempt} status checks; last: {last?.ToString() ?? "none"}).",
                    _options.GetSecrets(),
                    int.MaxValue),
                exception);
        }
        catch (OperationCanceledException exception) when (cancellationToken.IsCancellationRequested)
        {
            // The polling loop observes a linked token; callers match on their own.
            throw LeadsCancellation.ForCaller(exception, cancellationToken);
        }
    }

    /// <inheritdoc/>
    public virtual async Task<LeadExecPostResult> UpdateLeadAsync(LeadExecUpdateLeadRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var credentials = ResolvedCredentials.From(_options, request.Credentials);
        var encoding = request.Encoding ?? _options.DefaultEncoding;
        LeadExecRequestValidator.Update(request, encoding, credentials);
        var body = LeadExecRequestWriter.Update(encoding, request, credentials);
        var response = await _api.UpdateLeadAsync(ResponseSegment(request.ResponseFormat), body, Authorization(credentials), cancellationToken).ConfigureAwait(false);
        LeadsRedirects.ThrowIfFollowed(Api, response, HttpMethod.Post, _http.BaseAddress);
        return await ReadAsync(response, LeadExecResponseParser.PostResult, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public virtual async Task<LeadExecCheckDuplicateLeadResult> CheckDuplicateLeadAsync(LeadExecCheckDuplicateLeadRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var credentials = ResolvedCredentials.From(_options, request.Credentials);
        var encoding = request.Encoding ?? _options.DefaultEncoding;
        LeadExecRequestValidator.DuplicateCheck(request, encoding, credentials);
        var body = LeadExecRequestWriter.DuplicateCheck(encoding, request.Fields, credentials);
        var response = await _api.CheckDuplicateLeadAsync(body, Authorization(credentials), cancellationToken).ConfigureAwait(false);
        LeadsRedirects.ThrowIfFollowed(Api, response, HttpMethod.Post, _http.BaseAddress);
        return await ReadAsync(response, LeadExecResponseParser.CheckDuplicateLeadResult, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public virtual async Task<LeadExecPingResult> PingLeadAsync(LeadExecPingLeadRequest request, CancellationToken cancellationToken = default)
    {
        var (body, credentials) = PreparePing(request, queued: false);
        var responseType = ResponseSegment(request.ResponseFormat);
        var response = await _api.PingLeadAsync(responseType, body, Authorization(credentials), cancellationToken).ConfigureAwait(false);
        ThrowIfFollowed(response, $"/processor/insert/ping/{responseType}");
        return await ReadAsync(response, LeadExecResponseParser.PingResult, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public virtual async Task<LeadExecQueueResult> QueuePingAsync(LeadExecPingLeadRequest request, CancellationToken cancellationToken = default)
    {
        var (body, credentials) = PreparePing(request, queued: true);
        var responseType = ResponseSegment(request.ResponseFormat);
        var response = await _api.QueuePingAsync(responseType, body, Authorization(credentials), cancellationToken).ConfigureAwait(false);
        ThrowIfFollowed(response, $"/processor/insert/ping/{responseType}/async");
        return await ReadAsync(response, LeadExecResponseParser.QueueResult, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public virtual async Task<LeadExecPingAndPostLeadResult> PingAndPostLeadAsync(LeadExecPingAndPostLeadRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new Leads.Sdk.Validation.ValidationErrorCollector();
        if (request.PingLead is null)
        {
            errors.Add(Leads.Sdk.Validation.ValidationPath.Root, nameof(request.PingLead), Leads.Sdk.Validation.ValidationRules.Required, "PingLead is required.");
        }

        if (request.Lead is null)
        {
            errors.Add(Leads.Sdk.Validation.ValidationPath.Root, nameof(request.Lead), Leads.Sdk.Validation.ValidationRules.Required, "Lead is required.");
        }

        if (request.MinimumPrice is < 0)
        {
            errors.Add(Leads.Sdk.Validation.ValidationPath.Root, nameof(request.MinimumPrice), Leads.Sdk.Validation.ValidationRules.Range, "MinimumPrice must be 0 or more.");
        }

        errors.ThrowIfAny();

        var post = new LeadExecCreateLeadRequest
        {
            Lead = request.Lead,
            PostType = request.PostType,
            Encoding = LeadExecEncoding.Form,
            ResponseFormat = request.ResponseFormat,
            Credentials = request.Credentials,
            OrderId = "pending",
        };

        // Check the POST before the PING, so bad input never spends an order.
        PrepareInsert(post, queued: false).Body.Dispose();

        var ping = await PingLeadAsync(
            new LeadExecPingLeadRequest { Lead = request.PingLead, Encoding = LeadExecEncoding.Form, ResponseFormat = request.ResponseFormat, Credentials = request.Credentials },
            cancellationToken).ConfigureAwait(false);

        var refusal = PingPostRefusal(ping, request.MinimumPrice);
        if (refusal is { } reason)
        {
            return new LeadExecPingAndPostLeadResult
            {
                Ping = ping,
                Outcome = reason.Outcome,
                Reason = reason.Message,
                RawResponse = ping.RawResponse,
                AdditionalFields = ping.AdditionalFields,
            };
        }

        post.OrderId = ping.OrderId;
        var posted = await CreateLeadAsync(post, cancellationToken).ConfigureAwait(false);
        return new LeadExecPingAndPostLeadResult
        {
            Ping = ping,
            Post = posted,
            Outcome = LeadExecPingAndPostOutcome.Posted,
            RawResponse = posted.RawResponse,
            AdditionalFields = posted.AdditionalFields,
        };
    }

    // OrderExpiresOn is not compared with the local clock: the doc's value has no zone (its call times are Pacific Time),
    // so an order the server still honours could be dropped. The POST goes out and the server's answer is the result.
    private static (LeadExecPingAndPostOutcome Outcome, string Message)? PingPostRefusal(LeadExecPingResult ping, decimal? minimumPrice)
    {
        if (!ping.IsAccepted || string.IsNullOrWhiteSpace(ping.OrderId))
        {
            return (LeadExecPingAndPostOutcome.NotAccepted, $"The PING was not accepted ({(ping.IsAccepted ? "no order ID was given" : "WillAccept is false")}): {ping.ResponseDetails}");
        }

        if (minimumPrice is { } floor && (ping.EstimatedPrice is not { } price || price < floor))
        {
            return (LeadExecPingAndPostOutcome.BelowMinimumPrice, $"The estimated price {ping.EstimatedPrice?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "(none)"} is below the minimum {floor.ToString(System.Globalization.CultureInfo.InvariantCulture)}; nothing was posted.");
        }

        return null;
    }

    private (HttpContent Body, ResolvedCredentials Credentials) PrepareInsert(LeadExecCreateLeadRequest request, bool queued)
    {
        ArgumentNullException.ThrowIfNull(request);
        var credentials = ResolvedCredentials.From(_options, request.Credentials);
        var encoding = request.Encoding ?? _options.DefaultEncoding;
        var returnUrl = queued ? (request.ReturnUrl ?? _options.DefaultReturnUrl)?.OriginalString : null;
        var sendDelay = request.SendDelay ?? (encoding == LeadExecEncoding.Json ? _options.SendDelay : null);
        LeadExecRequestValidator.Insert(request, encoding, credentials, returnUrl, sendDelay);
        return (LeadExecRequestWriter.Insert(encoding, request.PostType, request.Lead!, credentials, request.OrderId, returnUrl, sendDelay), credentials);
    }

    private (HttpContent Body, ResolvedCredentials Credentials) PreparePing(LeadExecPingLeadRequest request, bool queued)
    {
        ArgumentNullException.ThrowIfNull(request);
        var credentials = ResolvedCredentials.From(_options, request.Credentials);
        var encoding = request.Encoding ?? _options.DefaultEncoding;
        var returnUrl = queued ? (request.ReturnUrl ?? _options.DefaultReturnUrl)?.OriginalString : null;
        LeadExecRequestValidator.Ping(request, encoding, credentials, returnUrl);
        return (LeadExecRequestWriter.Ping(encoding, request.Lead!.Fields, credentials, returnUrl), credentials);
    }

    private async ValueTask<T> ReadAsync<T>(HttpResponseMessage response, Func<ResponseNode, LeadsResponse, T> map, CancellationToken cancellationToken)
    {
        using (response)
        {
            await _reader.EnsureSuccessAsync(response, cancellationToken).ConfigureAwait(false);
            var state = (Map: map, Raw: LeadsResponse.From(response, _options.GetSecrets));

            // Into a pooled buffer: ReadAsByteArrayAsync would buffer the content and then copy it (~0.8 KB per call).
            using (var pooled = await PooledResponseBody.ReadAsync(Api, response, cancellationToken).ConfigureAwait(false))
            {
                // The format follows the [response_type] segment, but the duplicate check has none: read what arrived.
                var body = pooled.Memory;
                return StartsWithAngleBracket(body.Span)
                    ? _reader.ReadBody(response, body, "XML", state, static (xml, state) => state.Map(XmlResponseNode.Parse(xml), state.Raw))
                    : _reader.ReadBody(response, body, "JSON", state, static (json, state) => JsonElementNode.Map(json, state, static (node, state) => state.Map(node, state.Raw)));
            }
        }
    }

    /// <summary>
    /// Refuses an answer a handler obtained by following a redirect from the POST to <paramref name="route"/>. Refit does
    /// not return the address it sent, and a handler that follows a redirect rewrites the request's, so the address is
    /// rebuilt as Refit builds it (the base address's path, then the route) and the answer must come from exactly there.
    /// </summary>
    private void ThrowIfFollowed(HttpResponseMessage response, string route)
    {
        var sent = _http.BaseAddress is { IsAbsoluteUri: true } baseAddress ? new Uri(baseAddress, baseAddress.AbsolutePath.TrimEnd('/') + route) : null;
        LeadsRedirects.ThrowIfFollowed(Api, sent, HttpMethod.Post, response);
    }

    private static bool StartsWithAngleBracket(ReadOnlySpan<byte> span)
    {
        var start = BodyStart.IndexIn(span);
        return start < span.Length && span[start] == (byte)'<';
    }

    private static string? Authorization(ResolvedCredentials credentials)
        => string.IsNullOrWhiteSpace(credentials.AccessToken) ? null : "Bearer " + credentials.AccessToken;

    private string ResponseSegment(LeadExecResponseFormat? format)
        => (format ?? _options.ResponseFormat) == LeadExecResponseFormat.Xml ? "xml" : "json";

    private static string PostTypeSegment(LeadExecPostType postType) => postType switch
    {
        LeadExecPostType.General => "general",
        LeadExecPostType.ManualRedirect => "manualredirect",
        LeadExecPostType.AutoRedirect => "autoredirect",
        LeadExecPostType.ReturnSends => "returnsends",
        LeadExecPostType.Transfer => "transfer",
        LeadExecPostType.CallData => "calldata",
        _ => throw new ArgumentOutOfRangeException(nameof(postType), postType, "Unknown post type."),
    };
}
