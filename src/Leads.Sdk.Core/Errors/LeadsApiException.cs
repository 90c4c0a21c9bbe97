namespace Leads.Sdk;

/// <summary>
/// The server answered and said no: an error status (4xx, 5xx, a redirect that is not followed) or an error the API
/// reports in its own body. <see cref="LeadsRequestException.StatusCode"/> is the status received, and
/// <see cref="LeadsRequestException.ErrorCode"/> and <see cref="LeadsRequestException.ErrorMessage"/> are the API's own
/// when the body has them. A failure without an answer is a <see cref="LeadsTransportException"/>, not this.
/// </summary>
public class LeadsApiException : LeadsRequestException
{
    /// <summary>Creates the exception from the details of a failed call.</summary>
    /// <param name="details">What the failed call sent and received.</param>
    /// <param name="innerException">The cause, if any.</param>
    public LeadsApiException(LeadsApiErrorDetails details, Exception? innerException = null)
        : base(details, innerException)
    {
    }
}
