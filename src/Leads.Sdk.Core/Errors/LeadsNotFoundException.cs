namespace Leads.Sdk;

/// <summary>The requested resource does not exist (HTTP 404).</summary>
public class LeadsNotFoundException : LeadsApiException
{
    /// <inheritdoc cref="LeadsApiException(LeadsApiErrorDetails, Exception?)"/>
    public LeadsNotFoundException(LeadsApiErrorDetails details, Exception? innerException = null)
        : base(details, innerException)
    {
    }
}
