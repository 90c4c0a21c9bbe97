namespace Leads.Sdk.Emulator;

/// <summary>A request the emulator received.</summary>
/// <param name="Method">The HTTP method.</param>
/// <param name="Path">The path.</param>
/// <param name="Query">The query string, with its leading <c>?</c>, or empty.</param>
/// <param name="Headers">The request headers.</param>
/// <param name="Body">The body as text.</param>
public sealed record EmulatorRequest(string Method, string Path, string Query, IReadOnlyDictionary<string, string> Headers, string Body)
{
    private volatile bool _processed;

    /// <summary>
    /// Whether the API's route ran to its end for this request: what it carried was processed (a lead stored, or
    /// refused by the fake's rules) even if the answer was then lost. False while it runs, and for a request answered
    /// by a fault that skips the route (an outage's 503, <see cref="Faults.EmulatorFault.CloseAfterRequest"/>).
    /// </summary>
    public bool IsProcessed
    {
        get => _processed;
        internal set => _processed = value;
    }
}
