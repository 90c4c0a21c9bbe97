namespace Leads.Sdk;

/// <summary>The server failed (HTTP 5xx). A POST that got this answer is not retried: it may have been processed.</summary>
public class LeadsServerException : LeadsApiException
{
    /// <inheritdoc cref="LeadsApiException(LeadsApiErrorDetails, Exception?)"/>
    public LeadsServerException(LeadsApiErrorDetails details, Exception? innerException = null)
        : base(details, innerException)
    {
    }
}
