using System.Text;
using System.Text.Json;
using System.Xml;
using Leads.Sdk.Aimbase.Internal;
using Leads.Sdk.Aimbase.Models;
using Leads.Sdk.Aimbase.Serialization;
using Leads.Sdk.Aimbase.Validation;
using Leads.Sdk.Http;
using Leads.Sdk.Serialization;
using Leads.Sdk.Validation;

namespace Leads.Sdk.Aimbase;

/// <summary>
/// The Aimbase Lead API client. Register it with <c>services.AddAimbaseClient(...)</c>, or build it from its
/// options alone with <see cref="AimbaseClient(AimbaseClientOptions)"/>: both get the same pipeline (authentication,
/// transport-error mapping, retries, timeouts, circuit breaker, response size cap, diagnostics, redirects never
/// followed). Methods are virtual so it can be mocked.
/// </summary>
public class AimbaseClient : IAimbaseClient
{
    internal static readonly LeadsApiDescriptor Api = new("Aimbase", AimbaseErrorBodyParser.Parse);

    private const string ClientSideStatusMessage = "Lead failed client-side validation and was not sent.";
    private const string NoRecordStatusMessage = "The server returned no record for this lead; it may or may not have been created.";

    private readonly IAimbaseLeadApi _api = null!;
    private readonly AimbaseClientOptions _options = null!;
    private readonly LeadsResponseReader _reader = null!;
    private readonly HttpClient _http = null!;
    private AuthenticateHeader? _authenticate;

    /// <summary>
    /// Creates the client with the SDK's whole pipeline, as the DI registration builds it. Create it once and reuse it:
    /// it owns its connection pool.
    /// </summary>
    /// <param name="options">The options; validated here.</param>
    /// <exception cref="ArgumentException">The options are invalid.</exception>
    public AimbaseClient(AimbaseClientOptions options)
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
    public AimbaseClient(AimbaseClientOptions options, HttpMessageHandler primaryHandler)
        : this(CreateHttpClient(options, primaryHandler ?? throw new ArgumentNullException(nameof(primaryHandler))), options)
    {
    }

    /// <summary>
    /// Creates the client over a caller's <see cref="HttpClient"/>. Each call still adds the credentials
    /// (<c>Authenticate</c>), validates the leads, maps transport failures to <see cref="LeadsTransportException"/>, and
    /// refuses a 3xx answer or an answer obtained by following a redirect (<see cref="LeadsRedirectException"/>). It
    /// cannot add what lives in handlers: retries, timeouts, the circuit breaker, the response size cap and diagnostics;
    /// and it cannot stop the caller's handler from following a redirect before the SDK sees the answer: give it a
    /// primary handler with <c>AllowAutoRedirect = false</c>, or use <see cref="AimbaseClient(AimbaseClientOptions)"/>.
    /// </summary>
    /// <param name="httpClient">The HTTP client; its <see cref="HttpClient.BaseAddress"/> is set from the options when it has none.</param>
    /// <param name="options">The options; validated here.</param>
    /// <exception cref="ArgumentException">The options are invalid.</exception>
    public AimbaseClient(HttpClient httpClient, AimbaseClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        ThrowIfInvalid(options);
        httpClient.BaseAddress ??= new Uri(options.BaseAddress!.AbsoluteUri.TrimEnd('/') + "/");
        _http = httpClient;
        _options = options;
        _api = LeadsRefit.Create<IAimbaseLeadApi>(httpClient, Api);
        _reader = new LeadsResponseReader(Api, options.GetSecrets);
    }

    /// <summary>For mocking frameworks only.</summary>
    protected AimbaseClient()
    {
    }

    private static HttpClient CreateHttpClient(AimbaseClientOptions options, HttpMessageHandler? primaryHandler)
    {
        ThrowIfInvalid(options);
        var authentication = new AvalaApiAuthenticationHandler(() => (options.Username ?? string.Empty, options.ApiToken ?? string.Empty));
        return LeadsHttpPipeline.CreateHttpClient(Api, options, authentication, primaryHandler);
    }

    private static void ThrowIfInvalid(AimbaseClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = options.Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException($"The Aimbase options are invalid: {string.Join(" ", problems)}", nameof(options));
        }
    }

    /// <inheritdoc/>
    public virtual async Task<AimbaseCreateLeadsResult> CreateLeadsAsync(IEnumerable<AimbaseLead> leads, string? manufacturerCode = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(leads);

        // Only validation reads the caller's list (synchronously, before the first await); a lazy sequence is read once.
        var batch = leads as IReadOnlyList<AimbaseLead> ?? leads.ToList();
        manufacturerCode ??= _options.DefaultManufacturerCode;
        var results = new AimbaseLeadResult?[batch.Count];
        var toSend = Validate(batch, manufacturerCode, results);
        if (toSend.Count == 0)
        {
            return new AimbaseCreateLeadsResult(null, results!, null);
        }

        var wire = WireLeads(batch, toSend);
        var xml = _options.Format == AimbaseWireFormat.Xml;
        using var content = xml ? AimbaseXmlWriter.CreateContent(wire) : JsonContent(wire);
        using var response = await _api.CreateLeadsAsync(
            manufacturerCode!,
            content,
            xml ? "application/xml" : "application/json",
            AuthenticateValue(),
            cancellationToken).ConfigureAwait(false);

        LeadsRedirects.ThrowIfFollowed(Api, response, HttpMethod.Post, _http.BaseAddress);
        await _reader.EnsureSuccessAsync(response, cancellationToken).ConfigureAwait(false);
        var dto = await ReadResponseAsync(response, cancellationToken).ConfigureAwait(false);
        var raw = LeadsResponse.From(response, _options.GetSecrets);
        var unmatched = Match(dto, toSend, results, raw);
        var envelopeFields = dto.AdditionalFields?.AsReadOnly();
        if (unmatched is null)
        {
            return new AimbaseCreateLeadsResult(dto.TopLevelError, results!, envelopeFields) { RawResponse = raw };
        }

        var all = new AimbaseLeadResult[results.Length + unmatched.Count];
        results.CopyTo(all, 0);
        unmatched.CopyTo(all, results.Length);
        return new AimbaseCreateLeadsResult(dto.TopLevelError, all, envelopeFields) { RawResponse = raw };
    }

    // The plain serializer unless a lead carries additional fields, which go after its model's fields.
    private static ByteArrayContent JsonContent(List<AimbaseLead> wire)
        => AimbaseAdditionalFields.Any(wire)
            ? AimbaseAdditionalFields.JsonContent(wire)
            : LeadsHttpContent.Json(wire, AimbaseJsonContext.Default.ListAimbaseLead);

    // Reads the body into pooled memory and parses it from there: no copy of the body that outlives the call.
    private async ValueTask<AimbaseResponseDto> ReadResponseAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        using var body = await PooledResponseBody.ReadAsync(Api, response, cancellationToken).ConfigureAwait(false);
        try
        {
            _reader.ThrowIfNotUtf8(response, body.Span, "JSON or XML");
            return AimbaseResponseParser.Parse(body.Span);
        }
        catch (Exception exception) when (exception is JsonException or XmlException or FormatException or InvalidOperationException)
        {
            throw _reader.CreateUnreadable(response, Encoding.UTF8.GetString(body.Span), $"The body is not the JSON or XML response the API documents: {exception.Message}", exception);
        }
    }

    // The leads as sent. The body is serialized synchronously, before the first await, so the caller's own list is used
    // as is when every lead goes out unchanged (all valid, each with its identifier); otherwise a copy with the sent leads.
    private static List<AimbaseLead> WireLeads(IReadOnlyList<AimbaseLead> batch, List<SentLead> toSend)
    {
        var unchanged = batch is List<AimbaseLead> && toSend.Count == batch.Count;
        for (var k = 0; unchanged && k < toSend.Count; k++)
        {
            unchanged = ReferenceEquals(toSend[k].Wire, toSend[k].Lead);
        }

        if (unchanged)
        {
            return (List<AimbaseLead>)batch;
        }

        var wire = new List<AimbaseLead>(toSend.Count);
        foreach (var sent in toSend)
        {
            wire.Add(sent.Wire);
        }

        return wire;
    }

    // The header value is built once per user name and token, not per call; rotated credentials build a new one.
    private string AuthenticateValue()
    {
        var (user, token) = (_options.Username!, _options.ApiToken!);
        var cached = _authenticate;
        if (cached is null || !ReferenceEquals(cached.User, user) || !ReferenceEquals(cached.Token, token))
        {
            cached = new AuthenticateHeader(user, token, AvalaApiAuthenticationHandler.FormatValue(user, token));
            _authenticate = cached;
        }

        return cached.Value;
    }

    private List<SentLead> Validate(IReadOnlyList<AimbaseLead> batch, string? manufacturerCode, AimbaseLeadResult?[] results)
    {
        var all = new ValidationErrorCollector();
        if (string.IsNullOrWhiteSpace(manufacturerCode))
        {
            all.Add(ValidationPath.Root, "manufacturer", ValidationRules.Required, "A manufacturer code is required: pass one or set AimbaseClientOptions.DefaultManufacturerCode.");
        }

        if (batch.Count == 0)
        {
            all.Add(ValidationPath.Root, "Leads", ValidationRules.Required, "Leads must contain at least one lead.");
        }

        var batchInvalid = all.HasErrors;
        var root = ValidationPath.Named("Leads");
        var toSend = new List<SentLead>(batch.Count);
        for (var i = 0; i < batch.Count; i++)
        {
            var lead = batch[i];
            var before = all.Errors.Count;
            if (lead is null)
            {
                all.Add(new ValidationError(root.Index(i).ToString(), ValidationRules.Required, "Leads must not contain null elements."));
            }
            else
            {
                var path = root.Index(i);
                AimbaseLeadValidator.Lead.Validate(lead, path, all);

                var xml = _options.Format == AimbaseWireFormat.Xml;
                if (xml)
                {
                    AimbaseXmlWriter.FindUnwritableText(lead, path, all);
                }

                if (lead.AdditionalFields.Count > 0)
                {
                    AimbaseAdditionalFields.Validate(lead, path, xml, all);
                }
            }

            if (all.Errors.Count > before)
            {
                var messages = new AimbaseFieldMessage[all.Errors.Count - before];
                for (var k = 0; k < messages.Length; k++)
                {
                    var error = all.Errors[before + k];
                    messages[k] = new AimbaseFieldMessage(error.Path, error.Message);
                }

                results[i] = new AimbaseLeadResult(lead, lead?.LeadApiIdentifier, null, AimbaseLeadStatus.Failure, ClientSideStatusMessage, messages, isClientSideFailure: true);
                continue;
            }

            var identifier = string.IsNullOrWhiteSpace(lead!.LeadApiIdentifier) ? Guid.NewGuid().ToString("D") : lead.LeadApiIdentifier;
            toSend.Add(new SentLead(i, lead, identifier == lead.LeadApiIdentifier ? lead : lead.WithLeadApiIdentifier(identifier)));
        }

        if (batchInvalid || (all.HasErrors && _options.InvalidLeadHandling == AimbaseInvalidLeadHandling.RejectBatch))
        {
            all.ThrowIfAny();
        }

        return toSend;
    }

    private static List<AimbaseLeadResult>? Match(AimbaseResponseDto dto, List<SentLead> sent, AimbaseLeadResult?[] results, LeadsResponse raw)
    {
        var claimed = new bool[sent.Count];
        List<AimbaseLeadResult>? unmatched = null;
        var records = dto.LeadResponseRecords ?? [];
        for (var k = 0; k < records.Count; k++)
        {
            var record = records[k];
            var match = FindSent(record.LeadApiIdentifier, k);
            if (match < 0)
            {
                (unmatched ??= []).Add(ToResult(record, null, record.LeadApiIdentifier, raw));
                continue;
            }

            claimed[match] = true;
            results[sent[match].Index] = ToResult(record, sent[match].Lead, sent[match].Wire.LeadApiIdentifier, raw);
        }

        for (var j = 0; j < sent.Count; j++)
        {
            if (!claimed[j])
            {
                results[sent[j].Index] = new AimbaseLeadResult(sent[j].Lead, sent[j].Wire.LeadApiIdentifier, null, AimbaseLeadStatus.Unknown, NoRecordStatusMessage)
                {
                    RawResponse = raw,
                };
            }
        }

        return unmatched;

        // The doc returns records in submission order; the identifier decides when it is present.
        int FindSent(string? identifier, int position)
        {
            if (position < sent.Count && !claimed[position] && (identifier is null || SameIdentifier(sent[position].Wire.LeadApiIdentifier, identifier)))
            {
                return position;
            }

            if (identifier is null)
            {
                return -1;
            }

            for (var j = 0; j < sent.Count; j++)
            {
                if (!claimed[j] && SameIdentifier(sent[j].Wire.LeadApiIdentifier, identifier))
                {
                    return j;
                }
            }

            return -1;
        }
    }

    private static bool SameIdentifier(string? sent, string received)
        => string.Equals(sent?.Trim(), received.Trim(), StringComparison.OrdinalIgnoreCase);

    private static AimbaseLeadResult ToResult(AimbaseRecordDto record, AimbaseLead? lead, string? identifier, LeadsResponse raw)
    {
        var status = record.Status?.Trim() switch
        {
            var s when string.Equals(s, "Success", StringComparison.OrdinalIgnoreCase) => AimbaseLeadStatus.Success,
            var s when string.Equals(s, "Failure", StringComparison.OrdinalIgnoreCase) => AimbaseLeadStatus.Failure,
            _ => AimbaseLeadStatus.Unknown,
        };
        var messages = record.Messages is { Count: > 0 } list
            ? list.Where(m => m is not null).Select(m => new AimbaseFieldMessage(m.Field, m.Message))
            : null;
        return new AimbaseLeadResult(lead, identifier ?? record.LeadApiIdentifier, record.Id, status, record.StatusMessage, messages, additionalFields: record.AdditionalFields?.AsReadOnly())
        {
            RawResponse = raw,
        };
    }

    private readonly record struct SentLead(int Index, AimbaseLead Lead, AimbaseLead Wire);

    private sealed record AuthenticateHeader(string User, string Token, string Value);
}
