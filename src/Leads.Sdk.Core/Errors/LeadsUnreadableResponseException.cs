namespace Leads.Sdk;

/// <summary>
/// The server answered, but the body could not be read as the API documents it: an HTML error page,
/// an empty, truncated, oversized or malformed JSON/XML body. The parser's exception is the inner exception.
/// </summary>
public class LeadsUnreadableResponseException : LeadsApiException
{
    /// <inheritdoc cref="LeadsApiException(LeadsApiErrorDetails, Exception?)"/>
    public LeadsUnreadableResponseException(LeadsApiErrorDetails details, Exception? innerException = null)
        : base(details, innerException)
    {
    }
}
