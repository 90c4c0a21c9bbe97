namespace Leads.Sdk;

/// <summary>
/// An operation made of several calls (for example waiting for a queued lead to be processed) ran out of time before
/// it finished. What was cut short when time ran out (a wait, or a call that then timed out) is the inner exception.
/// The caller's own cancellation is not this: it stays an <see cref="OperationCanceledException"/>.
/// </summary>
public class LeadsOperationTimeoutException : LeadsException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="timeout">The time the operation was given, which has elapsed.</param>
    /// <param name="message">A description of the operation and how far it got, already free of secrets; a generic one when omitted.</param>
    /// <param name="innerException">The failure observed when time ran out, if any.</param>
    public LeadsOperationTimeoutException(TimeSpan timeout, string? message = null, Exception? innerException = null)
        : base(message ?? $"The operation did not finish within {timeout}.", innerException)
    {
        Timeout = timeout;
    }

    /// <summary>The time the operation was given, which elapsed before it finished.</summary>
    public TimeSpan Timeout { get; }
}
