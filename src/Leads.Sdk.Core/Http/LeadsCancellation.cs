namespace Leads.Sdk.Http;

/// <summary>
/// Keeps cancellation honest when the SDK links the caller's token with its own (timeouts, enumeration tokens): the
/// <see cref="OperationCanceledException"/> a caller catches carries the caller's token, so
/// <c>catch (OperationCanceledException e) when (e.CancellationToken == token)</c> works.
/// </summary>
internal static class LeadsCancellation
{
    /// <summary>
    /// Returns <paramref name="exception"/> when it already carries <paramref name="callerToken"/>; otherwise a new
    /// exception of the same type (<see cref="TaskCanceledException"/> or <see cref="OperationCanceledException"/>) with the same message, carrying <paramref name="callerToken"/> and
    /// wrapping <paramref name="exception"/>.
    /// </summary>
    /// <param name="exception">The cancellation observed (possibly on a linked token).</param>
    /// <param name="callerToken">The caller's token, which was cancelled.</param>
    public static OperationCanceledException ForCaller(OperationCanceledException exception, CancellationToken callerToken)
    {
        ArgumentNullException.ThrowIfNull(exception);
        if (exception.CancellationToken == callerToken)
        {
            return exception;
        }

        // Same type as observed, so code catching TaskCanceledException (what HttpClient throws) still catches it.
        return exception is TaskCanceledException
            ? new TaskCanceledException(exception.Message, exception, callerToken)
            : new OperationCanceledException(exception.Message, exception, callerToken);
    }
}
