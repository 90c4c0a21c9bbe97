using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Leads.Sdk.CrmApi.Internal;
using Leads.Sdk.CrmApi.Serialization;
using Leads.Sdk.Http;

namespace Leads.Sdk.CrmApi;

/// <summary>
/// Logs in to CRM.COM on first use and caches the token: renews it <see cref="CrmApiClientOptions.TokenRefreshMargin"/>
/// before it expires (a JWT's <c>exp</c>, else <see cref="CrmApiClientOptions.TokenLifetime"/> after issue) and after the
/// server rejects it; one login at a time however many calls wait (single flight). Share one per account: the DI
/// registration makes it a singleton per named client. The token never appears in <see cref="ToString"/>, logs or
/// exceptions.
/// </summary>
public sealed class CrmApiTokenProvider : LeadsCachingAccessTokenProvider
{
    private readonly Func<HttpClient> _httpClient;
    private readonly CrmApiClientOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly CrmEnvelopeReader _reader;
    // The last few tokens issued: a server can echo a token it has just rejected after a new one was issued.
    private volatile string[] _recentTokens = [];

    /// <summary>Creates a provider that logs in through <paramref name="httpClient"/>.</summary>
    /// <param name="httpClient">The client; its base address is the CRM.COM server.</param>
    /// <param name="options">The credentials and token settings.</param>
    /// <param name="timeProvider">The clock; the system clock when omitted.</param>
    public CrmApiTokenProvider(HttpClient httpClient, CrmApiClientOptions options, TimeProvider? timeProvider = null)
        : this(NotNull(httpClient), options, timeProvider)
    {
    }

    internal CrmApiTokenProvider(Func<HttpClient> httpClient, CrmApiClientOptions options, TimeProvider? timeProvider)
        : base(timeProvider ?? TimeProvider.System, (options ?? throw new ArgumentNullException(nameof(options))).TokenRefreshMargin)
    {
        _httpClient = httpClient;
        _options = options;
        _timeProvider = timeProvider ?? TimeProvider.System;
        _reader = new CrmEnvelopeReader(new LeadsResponseReader(CrmApiClient.Api, Secrets));
    }

    /// <summary>The secret values to mask in text that leaves the SDK: the credentials and the tokens issued lately.</summary>
    internal IEnumerable<string?> Secrets() => [.. _options.GetSecrets(), .. _recentTokens];

    /// <inheritdoc/>
    protected override async Task<LeadsAccessToken> AcquireTokenAsync(CancellationToken cancellationToken)
    {
        var httpClient = _httpClient();
        var api = LeadsRefit.Create<ICrmApi>(httpClient, CrmApiClient.Api);
        HttpResponseMessage response;
        if (_options.HasWebApiKey)
        {
            var basic = Convert.ToBase64String(Encoding.UTF8.GetBytes(_options.WebApiKey + ":"));
            response = await api.LoginWithWebApiKeyAsync(new AuthenticationHeaderValue("Basic", basic).ToString(), cancellationToken).ConfigureAwait(false);
        }
        else
        {
            var body = new CrmLoginRequest { Username = _options.Username, Password = _options.Password, Organisation = _options.Organisation, Unit = NullIfEmpty(_options.Unit) };
            using var content = Leads.Sdk.Serialization.LeadsHttpContent.Json(body, CrmApiJsonContext.Default.CrmLoginRequest);
            response = await api.LoginAsync(content, cancellationToken).ConfigureAwait(false);
        }

        using (response)
        {
            // The credentials went in the request; an answer from wherever a caller's handler followed a redirect is not a login.
            LeadsRedirects.ThrowIfFollowed(CrmApiClient.Api, response, HttpMethod.Post, httpClient.BaseAddress);
            var result = await _reader.ReadAsync(response, CrmApiJsonContext.Default.CrmEnvelopeCrmTokenData, cancellationToken).ConfigureAwait(false);
            if (result.Error is { } error)
            {
                // A login refused in the envelope is an authentication failure whatever its code; HTTP errors keep their type.
                throw error is LeadsAuthenticationException || error.StatusCode != HttpStatusCode.OK ? error : new LeadsAuthenticationException(error.Details);
            }

            var token = result.Data!.Token;
            if (string.IsNullOrWhiteSpace(token))
            {
                throw _reader.Reader.CreateUnreadable(response, null, "The login succeeded but returned no token.", null);
            }

            _recentTokens = [token, .. _recentTokens.Take(RecentTokensKept - 1)];
            var expires = JwtExpiry.Read(token) ?? _timeProvider.GetUtcNow() + _options.TokenLifetime;
            return new LeadsAccessToken(token, expires);
        }
    }

    private const int RecentTokensKept = 4;

    /// <inheritdoc/>
    public override string ToString() => $"CrmApiTokenProvider {{ Logins = {LoginCount} }}";

    private static Func<HttpClient> NotNull(HttpClient httpClient)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        return () => httpClient;
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
