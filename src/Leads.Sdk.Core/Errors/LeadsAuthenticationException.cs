namespace Leads.Sdk;

/// <summary>The server refused the credentials (HTTP 401 or 403, or the API's own authentication error).</summary>
public class LeadsAuthenticationException : LeadsApiException
{
    /// <inheritdoc cref="LeadsApiException(LeadsApiErrorDetails, Exception?)"/>
    public LeadsAuthenticationException(LeadsApiErrorDetails details, Exception? innerException = null)
        : base(details, innerException)
    {
    }
}
