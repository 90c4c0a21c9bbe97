namespace Leads.Sdk.Emulator.Faults;

/// <summary>How <see cref="EmulatorFault.EchoRequest"/> writes the request back into its error body.</summary>
public enum EmulatorEchoStyle
{
    /// <summary>
    /// As plain text (<c>text/plain</c>): the request line, every header (credentials included) and the body, verbatim.
    /// </summary>
    Raw,

    /// <summary>
    /// The raw echo as one JSON string in the fault's JSON template (<c>application/json</c>): header values are
    /// JSON-escaped once, and a JSON request body (already escaped once) is escaped twice.
    /// </summary>
    JsonEscaped,

    /// <summary>
    /// The <see cref="JsonEscaped"/> body as a JSON string in the template once more: header values escaped twice,
    /// a JSON request body three times.
    /// </summary>
    JsonEscapedTwice,
}
