using System.Net;

namespace Leads.Sdk;

/// <summary>
/// One HTTP call failed. The kind says how: <see cref="LeadsApiException"/> (the server answered and said no),
/// <see cref="LeadsUnreadableResponseException"/> (the server answered, but not in a form the API documents) or
/// <see cref="LeadsTransportException"/> (no usable answer arrived). <see cref="Details"/> names the call: its method
/// and path (never its query, which can hold secrets), the status and the API's own error code and message when an
/// answer arrived, a redacted excerpt of the body and the raw response.
/// </summary>
public abstract class LeadsRequestException : LeadsException
{
    /// <summary>Creates the exception from the details of a failed call.</summary>
    /// <param name="details">What the failed call sent and received.</param>
    /// <param name="innerException">The cause, if any.</param>
    protected LeadsRequestException(LeadsApiErrorDetails details, Exception? innerException)
        : base(BuildMessage(details ?? throw new ArgumentNullException(nameof(details))), innerException)
    {
        Details = details;
    }

    /// <summary>Everything known about the failed call.</summary>
    public LeadsApiErrorDetails Details { get; }

    /// <summary>The HTTP status code, or <see langword="null"/> when no response arrived.</summary>
    public HttpStatusCode? StatusCode => Details.StatusCode;

    /// <summary>The API's own error code (for example an OData error code or a CRM.COM exception key), when the body carried one.</summary>
    public string? ErrorCode => Details.ErrorCode;

    /// <summary>The API's own error message, when the body carried one; for a failure without an answer, what went wrong.</summary>
    public string? ErrorMessage => Details.ErrorMessage;

    /// <summary>The HTTP method of the failed request.</summary>
    public string Method => Details.Method;

    /// <summary>The path of the failed request, without its query string.</summary>
    public string RequestPath => Details.RequestPath;

    /// <summary>A redacted excerpt of the response body (at most a few kilobytes), or <see langword="null"/>.</summary>
    public string? ResponseBodyExcerpt => Details.ResponseBodyExcerpt;

    private static string BuildMessage(LeadsApiErrorDetails details)
    {
        var status = details.StatusCode is { } code ? $"{(int)code} {code}" : "no response";
        var text = $"{details.ApiName} {details.Method} {details.RequestPath} failed: {status}.";
        if (details.ErrorCode is not null)
        {
            text += $" Error code: {details.ErrorCode}.";
        }

        if (details.ErrorMessage is not null)
        {
            text += $" {details.ErrorMessage}";
        }

        return text;
    }
}
