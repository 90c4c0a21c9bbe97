using System.Net;

namespace Leads.Sdk;

/// <summary>
/// The HTTP response a result or an error came from: status code, headers and the server's request id. It holds no
/// body. Header values are masked like every other string the SDK produces, so an echoed credential never shows here.
/// </summary>
public sealed class LeadsResponse
{
    // The headers servers commonly use to name a request, most specific first.
    private static readonly string[] RequestIdHeaders = ["x-request-id", "request-id", "x-correlation-id", "x-ms-request-id", "x-amzn-requestid", "cf-ray"];

    /// <summary>Creates a response, for example to build a result in your own tests.</summary>
    /// <param name="statusCode">The status code.</param>
    /// <param name="headers">The response and content headers; names are compared case-insensitively.</param>
    /// <param name="reasonPhrase">The reason phrase, if any.</param>
    public LeadsResponse(HttpStatusCode statusCode, IEnumerable<KeyValuePair<string, string>>? headers = null, string? reasonPhrase = null)
    {
        StatusCode = statusCode;
        ReasonPhrase = reasonPhrase;
        var all = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in headers ?? [])
        {
            all[name] = all.TryGetValue(name, out var values) ? [.. values, value] : [value];
        }

        Headers = all;
    }

    private LeadsResponse(HttpStatusCode statusCode, string? reasonPhrase, Dictionary<string, IReadOnlyList<string>> headers)
    {
        StatusCode = statusCode;
        ReasonPhrase = reasonPhrase;
        Headers = headers;
    }

    /// <summary>The HTTP status code.</summary>
    public HttpStatusCode StatusCode { get; }

    /// <summary>The reason phrase of the status line, if the server sent one.</summary>
    public string? ReasonPhrase { get; }

    /// <summary>The response and content headers by name (case-insensitive), each with its values in arrival order.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Headers { get; }

    /// <summary>
    /// The server's identifier of the request, from the first of <c>X-Request-Id</c>, <c>Request-Id</c>,
    /// <c>X-Correlation-Id</c>, <c>X-Ms-Request-Id</c>, <c>X-Amzn-RequestId</c> or <c>CF-Ray</c> it sent; otherwise
    /// <see langword="null"/> (none of the four APIs documents one).
    /// </summary>
    public string? RequestId
    {
        get
        {
            foreach (var name in RequestIdHeaders)
            {
                if (Headers.TryGetValue(name, out var values) && values.Count > 0 && !string.IsNullOrWhiteSpace(values[0]))
                {
                    return values[0];
                }
            }

            return null;
        }
    }

    /// <summary>The first value of a header, or <see langword="null"/> when the response has none.</summary>
    /// <param name="name">The header's name (case-insensitive).</param>
    public string? GetHeaderValue(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Headers.TryGetValue(name, out var values) && values.Count > 0 ? values[0] : null;
    }

    /// <inheritdoc/>
    public override string ToString()
        => RequestId is { } id ? $"{(int)StatusCode} {StatusCode} (request id {id})" : $"{(int)StatusCode} {StatusCode}";

    /// <summary>
    /// Copies status and headers of <paramref name="response"/>, masking <paramref name="secrets"/> in header values and,
    /// with or without them, every value the redactor recognises by its shape (an auth scheme's credential, a secret-named
    /// key's value).
    /// </summary>
    /// <param name="response">The HTTP response.</param>
    /// <param name="secrets">The client's secrets, masked wherever they appear in a header value; none when null.</param>
    internal static LeadsResponse From(HttpResponseMessage response, Func<IEnumerable<string?>>? secrets = null)
    {
        ArgumentNullException.ThrowIfNull(response);
        var headers = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
        var known = secrets?.Invoke();
        Add(response.Headers);
        if (response.Content is { } content)
        {
            Add(content.Headers);
        }

        return new LeadsResponse(response.StatusCode, response.ReasonPhrase, headers);

        void Add(System.Net.Http.Headers.HttpHeaders source)
        {
            foreach (var (name, values) in source.NonValidated)
            {
                var list = new List<string>(values.Count);
                foreach (var value in values)
                {
                    list.Add(Http.SecretRedactor.Redact(value, known, int.MaxValue) ?? string.Empty);
                }

                headers[name] = headers.TryGetValue(name, out var existing) ? [.. existing, .. list] : list;
            }
        }
    }
}
