namespace Leads.Sdk;

/// <summary>
/// No usable response arrived: the connection failed or broke, or the call timed out. The server did not answer, so
/// this is not a <see cref="LeadsApiException"/>; <see cref="LeadsRequestException.StatusCode"/> is <see langword="null"/>.
/// <see cref="RequestMayHaveReachedServer"/> tells whether the server may have processed the request,
/// which matters before re-sending a lead yourself.
/// </summary>
public class LeadsTransportException : LeadsRequestException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="details">What the failed call sent.</param>
    /// <param name="requestMayHaveReachedServer">Whether the server may have received the request.</param>
    /// <param name="isTimeout">Whether the failure was a timeout.</param>
    /// <param name="innerException">The cause.</param>
    public LeadsTransportException(LeadsApiErrorDetails details, bool requestMayHaveReachedServer, bool isTimeout, Exception? innerException)
        : base(details, innerException)
    {
        RequestMayHaveReachedServer = requestMayHaveReachedServer;
        IsTimeout = isTimeout;
    }

    /// <summary>
    /// <see langword="false"/> only when the request provably never reached the server (connection refused,
    /// name resolution failed); otherwise the server may have processed it.
    /// </summary>
    public bool RequestMayHaveReachedServer { get; }

    /// <summary>Whether the call ended because a timeout elapsed.</summary>
    public bool IsTimeout { get; }
}
