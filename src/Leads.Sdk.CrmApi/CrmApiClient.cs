using Leads.Sdk.CrmApi.Internal;
using Leads.Sdk.CrmApi.Models;
using Leads.Sdk.CrmApi.Serialization;
using Leads.Sdk.CrmApi.Validation;
using Leads.Sdk.Http;
using Leads.Sdk.Validation;

namespace Leads.Sdk.CrmApi;

/// <summary>
/// The CRM.COM CRM API v2 client. Build it with <c>services.AddCrmApiClient(...)</c>, or from its options alone with
/// <see cref="CrmApiClient(CrmApiClientOptions)"/>: both get the same pipeline (transport-error mapping, retries, timeouts,
/// circuit breaker, response size cap, diagnostics, redirects never followed). Methods are virtual so it can be mocked.
/// </summary>
public class CrmApiClient : ICrmApiClient
{
    private readonly HttpClient _http = null!;
    private readonly CrmApiTokenProvider _tokens = null!;
    private readonly CrmApiJsonContext _json = null!;
    private readonly CrmEnvelopeReader _reader = null!;
    private readonly ICrmApi _api = null!;
    private readonly CrmRequestBody _body = new();

    /// <summary>For mocking.</summary>
    protected CrmApiClient()
    {
    }

    /// <summary>
    /// Creates a client, with its own token provider, over the SDK's whole pipeline, as the DI registration builds it.
    /// Create it once and reuse it: it owns its connection pool and its login.
    /// </summary>
    /// <param name="options">The options; validated here.</param>
    /// <exception cref="ArgumentException">The options are invalid.</exception>
    public CrmApiClient(CrmApiClientOptions options)
        : this(CreateHttpClient(options, null), options, TimeProvider.System)
    {
    }

    /// <summary>
    /// Creates a client with the SDK's whole pipeline over <paramref name="primaryHandler"/> (a proxy, client
    /// certificates): automatic redirects are turned off on it when it is a <see cref="SocketsHttpHandler"/> or
    /// <see cref="HttpClientHandler"/> not yet used, and an answer it obtained by following a redirect is refused.
    /// </summary>
    /// <param name="options">The options; validated here.</param>
    /// <param name="primaryHandler">The handler that sends requests; the caller disposes it.</param>
    /// <exception cref="ArgumentException">The options are invalid.</exception>
    public CrmApiClient(CrmApiClientOptions options, HttpMessageHandler primaryHandler)
        : this(CreateHttpClient(options, primaryHandler ?? throw new ArgumentNullException(nameof(primaryHandler))), options, TimeProvider.System)
    {
    }

    /// <summary>
    /// Creates a client with its own token provider over a caller's <see cref="HttpClient"/>. Each call still logs in
    /// and sends the token, validates the request, maps transport failures to <see cref="LeadsTransportException"/>, and
    /// refuses a 3xx answer or an answer obtained by following a redirect (<see cref="LeadsRedirectException"/>). It
    /// cannot add what lives in handlers: retries, timeouts, the circuit breaker, the response size cap and diagnostics;
    /// and it cannot stop the caller's handler from following a redirect (with the token or password in the body) before
    /// the SDK sees the answer: give it a primary handler with <c>AllowAutoRedirect = false</c>, or use
    /// <see cref="CrmApiClient(CrmApiClientOptions)"/>.
    /// </summary>
    /// <param name="httpClient">The HTTP client; its base address is set from <paramref name="options"/> when empty.</param>
    /// <param name="options">The options; validated here.</param>
    public CrmApiClient(HttpClient httpClient, CrmApiClientOptions options)
        : this(httpClient, options, TimeProvider.System)
    {
    }

    /// <summary>Creates a client with its own token provider.</summary>
    /// <param name="httpClient">The HTTP client; its base address is set from <paramref name="options"/> when empty.</param>
    /// <param name="options">The options; validated here.</param>
    /// <param name="timeProvider">The clock for token expiry.</param>
    public CrmApiClient(HttpClient httpClient, CrmApiClientOptions options, TimeProvider timeProvider)
        : this(httpClient, options, new CrmApiTokenProvider(WithBaseAddress(httpClient, options), options, timeProvider))
    {
    }

    /// <summary>Creates a client that shares <paramref name="tokens"/> with other clients of the same account.</summary>
    /// <param name="httpClient">The HTTP client; its base address is set from <paramref name="options"/> when empty.</param>
    /// <param name="options">The options; validated here.</param>
    /// <param name="tokens">The token provider.</param>
    public CrmApiClient(HttpClient httpClient, CrmApiClientOptions options, CrmApiTokenProvider tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        WithBaseAddress(httpClient, options);
        var errors = options.Validate();
        if (errors.Count > 0)
        {
            throw new ArgumentException("Invalid CrmApiClientOptions: " + string.Join(" ", errors), nameof(options));
        }

        _tokens = tokens;
        _json = CrmApiJsonContext.WithDateFormat(options.DateFormat);
        _http = httpClient;
        _api = LeadsRefit.Create<ICrmApi>(httpClient, Api);
        _reader = new CrmEnvelopeReader(new LeadsResponseReader(Api, tokens.Secrets));
    }

    /// <summary>How CRM.COM reports errors, for the Core pipeline.</summary>
    internal static LeadsApiDescriptor Api { get; } = new("CrmApi", CrmEnvelopeReader.ParseErrorBody);

    /// <inheritdoc/>
    public virtual async Task<CrmCreateLeadResult> CreateLeadAsync(CrmCreateLeadRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new ValidationErrorCollector();
        CrmCreateLeadRequestValidator.Instance.Validate(request, ValidationPath.Root, errors);
        errors.ThrowIfAny();

        for (var attempt = 1; ; attempt++)
        {
            var token = await _tokens.GetTokenAsync(cancellationToken).ConfigureAwait(false);
            using var content = _body.Create(request, _json.CrmCreateLeadRequest, token.Value, request.AdditionalFields);
            using var response = await _api.CreateLeadAsync(content, cancellationToken).ConfigureAwait(false);

            // The token went in the body; an answer from wherever a caller's handler followed a redirect is not the lead.
            LeadsRedirects.ThrowIfFollowed(Api, response, HttpMethod.Post, _http.BaseAddress);
            var result = await _reader.ReadAsync(response, _json.CrmEnvelopeCrmCreateLeadResult, cancellationToken).ConfigureAwait(false);

            // Repeated only because the server refused the token, so this call created nothing; any other failure
            // (a timeout included) is thrown, since the lead may exist.
            if (result.TokenRejected && attempt == 1)
            {
                _tokens.Invalidate(token);
                continue;
            }

            var lead = result.GetDataOrThrow();
            lead.SetRawResponse(LeadsResponse.From(response, _tokens.Secrets));
            return lead;
        }
    }

    private static HttpClient CreateHttpClient(CrmApiClientOptions options, HttpMessageHandler? primaryHandler)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = options.Validate();
        if (errors.Count > 0)
        {
            throw new ArgumentException("Invalid CrmApiClientOptions: " + string.Join(" ", errors), nameof(options));
        }

        return LeadsHttpPipeline.CreateHttpClient(Api, options, authentication: null, primaryHandler);
    }

    private static HttpClient WithBaseAddress(HttpClient httpClient, CrmApiClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(options);
        if (httpClient.BaseAddress is null && options.BaseAddress is { IsAbsoluteUri: true } address)
        {
            httpClient.BaseAddress = address.AbsoluteUri.EndsWith('/') ? address : new Uri(address.AbsoluteUri + "/");
        }

        return httpClient;
    }
}
