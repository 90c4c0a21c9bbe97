using System.Net;

namespace Leads.Sdk.Emulator.Faults;

/// <summary>The hostile servers: answers that echo what the client sent, or break the encoding.</summary>
public sealed partial class EmulatorFault
{
    /// <summary>The echo's form, for <see cref="EmulatorFaultKind.EchoRequest"/>.</summary>
    public EmulatorEchoStyle EchoStyle { get; private init; }

    /// <summary>
    /// The JSON body the echo goes into, for <see cref="EmulatorFaultKind.EchoRequest"/>: <c>{echo}</c> stands for the
    /// echo as a JSON string literal.
    /// </summary>
    public string EchoTemplate { get; private init; } = DefaultEchoTemplate;

    /// <summary>The response field that gets the credential, for <see cref="EmulatorFaultKind.CredentialInField"/>.</summary>
    public string? FieldName { get; private init; }

    /// <summary>The credential echoed, for <see cref="EmulatorFaultKind.CredentialInField"/>.</summary>
    public EmulatorCredential Credential { get; private init; }

    /// <summary>The template used when <see cref="EchoRequest"/> is given none.</summary>
    public const string DefaultEchoTemplate = "{\"Message\":{echo}}";

    /// <summary>
    /// A server that echoes the request it got — request line, headers (the <c>Authorization</c> and
    /// <c>Authenticate</c> credentials included) and body (passwords and tokens included) — back in an error body,
    /// without running the route. A client must mask every credential in the exception it builds from such an answer.
    /// </summary>
    /// <param name="status">The status code, for example 400, 401 or 500 (or 200 for an API that reports errors in a 200 envelope).</param>
    /// <param name="style">Raw text, or escaped once or twice inside JSON.</param>
    /// <param name="jsonTemplate">
    /// For the JSON styles, the body with <c>{echo}</c> where the echo goes as a JSON string; by default
    /// <c>{"Message":{echo}}</c>. For CRM.COM's envelope: <c>{"status":{"code":"E1","message":{echo}},"data":null}</c>.
    /// </param>
    public static EmulatorFault EchoRequest(HttpStatusCode status, EmulatorEchoStyle style = EmulatorEchoStyle.JsonEscaped, string? jsonTemplate = null)
    {
        var template = jsonTemplate ?? DefaultEchoTemplate;
        if (!template.Contains("{echo}", StringComparison.Ordinal))
        {
            throw new ArgumentException("The template must contain {echo}.", nameof(jsonTemplate));
        }

        return new(EmulatorFaultKind.EchoRequest) { StatusCode = status, EchoStyle = style, EchoTemplate = template };
    }

    /// <summary>
    /// A server that runs the route, then puts a credential of the request into a typed field of its otherwise valid
    /// answer (a boolean such as LeadExec's <c>isValidPost</c>, a date such as CRM.COM's <c>start_date</c> or OData's
    /// <c>LeadDate</c>), as a string. The client cannot read the field; its error must not quote the credential.
    /// </summary>
    /// <param name="field">
    /// The JSON member or XML element: a name (every member or element of that name at any depth, matched without
    /// regard to case; added to the root when there is none) or a dotted JSON path such as <c>data.start_date</c>.
    /// </param>
    /// <param name="credential">Which credential of the request to echo. When the request carries none, the answer is left unchanged.</param>
    public static EmulatorFault CredentialInField(string field, EmulatorCredential credential = EmulatorCredential.Any)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(field);
        return new(EmulatorFaultKind.CredentialInField) { FieldName = field, Credential = credential };
    }

    /// <summary>
    /// A server that runs the route, then inserts the byte <c>0xFF</c> (never valid in UTF-8) at the start of the first
    /// string value (JSON) or text node (XML) of its answer, keeping its status and content type. A client must refuse
    /// the body rather than read it with the bad byte replaced.
    /// </summary>
    public static EmulatorFault InvalidUtf8() => new(EmulatorFaultKind.InvalidUtf8);
}
