namespace Leads.Sdk;

/// <summary>
/// The server answered with a redirect (3xx), or a handler below the SDK followed one. The SDK never follows a
/// redirect: the credentials and the lead would go to the new location. Nothing was sent there by the SDK, and the
/// call is not retried. <see cref="LeadsRequestException.StatusCode"/> is the status received.
/// </summary>
public class LeadsRedirectException : LeadsApiException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="details">What the failed call sent and received.</param>
    /// <param name="location">Where the server redirected to (the <c>Location</c> header, resolved against the request), if it said.</param>
    /// <param name="innerException">The cause, if any.</param>
    public LeadsRedirectException(LeadsApiErrorDetails details, Uri? location, Exception? innerException = null)
        : base(details, innerException)
    {
        Location = location;
    }

    /// <summary>
    /// The redirect's target: the <c>Location</c> header resolved against the request's address, or, when a handler
    /// below the SDK followed the redirect, the address it ended at. <see langword="null"/> when the server sent none.
    /// It comes from the server: treat its query string as untrusted text.
    /// </summary>
    public Uri? Location { get; }
}
