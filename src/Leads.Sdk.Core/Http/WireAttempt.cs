namespace Leads.Sdk.Http;

/// <summary>
/// One attempt of one request, as <see cref="SingleWireRequestHandler"/> starts it: the connection that carries it.
/// SocketsHttpHandler re-sends a request by itself, on another connection, when a server closes the connection after
/// reading the request without answering (up to three times per send; only for requests without a body). That
/// multiplied the requests a GET put on the wire, unseen by the SDK's retry count; with this, one attempt is one request.
/// </summary>
internal sealed class WireAttempt
{
    private static readonly AsyncLocal<WireAttempt?> CurrentAttempt = new();
    private object? _connection;

    /// <summary>The attempt of the request being sent in this async flow, if it went through the SDK's pipeline.</summary>
    public static WireAttempt? Current => CurrentAttempt.Value;

    /// <summary>Starts an attempt for the rest of the calling async method (an async method's AsyncLocal changes do not flow back to its caller).</summary>
    public static void Begin() => CurrentAttempt.Value = new WireAttempt();

    /// <summary>Records that <paramref name="connection"/> writes this attempt's request; refuses a second connection.</summary>
    /// <exception cref="IOException">The request was already written on another connection in this attempt.</exception>
    public void Claim(object connection)
    {
        var claimed = Interlocked.CompareExchange(ref _connection, connection, null);
        if (claimed is not null && !ReferenceEquals(claimed, connection))
        {
            throw new IOException(
                "The request was already sent on another connection in this attempt and that connection closed without an answer; "
                + "Leads.Sdk does not let the transport send it again (the SDK's retry rules decide).");
        }
    }
}
