using Leads.Sdk.CrmApi.Internal;
using Leads.Sdk.CrmApi.Models;
using Leads.Sdk.CrmApi.Serialization;
using Leads.Sdk.CrmApi.Validation;
using Leads.Sdk.Http;
using Leads.Sdk.Validation;

namespace Leads.Sdk.CrmApi;

/// <summary>
/// The CRM.COM CRM API v2 client. Build it with <c>services.AddCrmApiClient(...)</c>, or directly with an
/// <see cref="HttpClient"/> and <see cref="CrmApiOptions"/>. Methods are virtual so it can be mocked.
/// </summary>
public class CrmApiClient : ICrmApiClient
{
    private readonly ICrmApi _api = null!;
    private readonly CrmApiTokenProvider _tokens = null!;
    private readonly CrmApiJsonContext _json = null!;
    private readonly CrmEnvelopeReader _reader = null!;

    /// <summary>For mocking.</summary>
    protected CrmApiClient()
    {
    }

    /// <summary>Creates a client with its own token provider.</summary>
    /// <param name="httpClient">The HTTP client; its base address is set from <paramref name="options"/> when empty.</param>
    /// <param name="options">The options; validated here.</param>
    public CrmApiClient(HttpClient httpClient, CrmApiOptions options)
        : this(httpClient, options, TimeProvider.System)
    {
    }

    /// <summary>Creates a client with its own token provider.</summary>
    /// <param name="httpClient">The HTTP client; its base address is set from <paramref name="options"/> when empty.</param>
    /// <param name="options">The options; validated here.</param>
    /// <param name="timeProvider">The clock for token expiry.</param>
    public CrmApiClient(HttpClient httpClient, CrmApiOptions options, TimeProvider timeProvider)
        : this(httpClient, options, new CrmApiTokenProvider(WithBaseAddress(httpClient, options), options, timeProvider))
    {
    }

    /// <summary>Creates a client that shares <paramref name="tokens"/> with other clients of the same account.</summary>
    /// <param name="httpClient">The HTTP client; its base address is set from <paramref name="options"/> when empty.</param>
    /// <param name="options">The options; validated here.</param>
    /// <param name="tokens">The token provider.</param>
    public CrmApiClient(HttpClient httpClient, CrmApiOptions options, CrmApiTokenProvider tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        WithBaseAddress(httpClient, options);
        var errors = options.Validate();
        if (errors.Count > 0)
        {
            throw new ArgumentException("Invalid CrmApiOptions: " + string.Join(" ", errors), nameof(options));
        }

        _tokens = tokens;
        _json = CrmApiJsonContext.WithDateFormat(options.DateFormat);
        _api = LeadsRefit.Create<ICrmApi>(httpClient, Api);
        _reader = new CrmEnvelopeReader(new LeadsResponseReader(Api, tokens.Secrets));
    }

    /// <summary>How CRM.COM reports errors, for the Core pipeline.</summary>
    internal static LeadsApiDescriptor Api { get; } = new("CrmApi", CrmEnvelopeReader.ParseErrorBody);

    /// <inheritdoc/>
    public virtual async Task<CrmLead> CreateLeadAsync(CreateLeadRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new ValidationErrorCollector();
        CreateLeadRequestValidator.Instance.Validate(request, ValidationPath.Root, errors);
        errors.ThrowIfAny();

        for (var attempt = 1; ; attempt++)
        {
            var token = await _tokens.GetTokenAsync(cancellationToken).ConfigureAwait(false);
            using var content = CrmRequestBody.Create(request, _json.CreateLeadRequest, token.Value);
            using var response = await _api.CreateLeadAsync(content, cancellationToken).ConfigureAwait(false);
            var result = await _reader.ReadAsync(response, _json.CrmEnvelopeCrmLead, cancellationToken).ConfigureAwait(false);

            // Repeated only because the server refused the token, so this call created nothing; any other failure
            // (a timeout included) is thrown, since the lead may exist.
            if (result.TokenRejected && attempt == 1)
            {
                _tokens.Invalidate(token);
                continue;
            }

            return result.GetDataOrThrow();
        }
    }

    private static HttpClient WithBaseAddress(HttpClient httpClient, CrmApiOptions options)
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
