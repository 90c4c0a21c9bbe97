namespace Leads.Sdk;

/// <summary>
/// The server answered, but the body could not be read as the API documents it: an HTML error page,
/// an empty, truncated, oversized or malformed JSON/XML body. The parser's exception is the inner exception.
/// </summary>
public class LeadsUnreadableResponseException : LeadsRequestException
{
    /// <summary>Creates the exception from the details of the call.</summary>
    /// <param name="details">What the call sent and received.</param>
    /// <param name="innerException">The parser's exception, if any.</param>
    public LeadsUnreadableResponseException(LeadsApiErrorDetails details, Exception? innerException = null)
        : base(details, innerException)
    {
    }
}
