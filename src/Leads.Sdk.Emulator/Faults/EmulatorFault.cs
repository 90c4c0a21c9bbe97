using System.Net;

namespace Leads.Sdk.Emulator.Faults;

/// <summary>What a faulted request gets instead of the normal answer. Create one with the static methods.</summary>
public sealed partial class EmulatorFault
{
    private EmulatorFault(EmulatorFaultKind kind)
    {
        Kind = kind;
    }

    /// <summary>The kind of fault.</summary>
    public EmulatorFaultKind Kind { get; }

    /// <summary>The status code sent (for <see cref="EmulatorFaultKind.Status"/>, malformed and truncated bodies).</summary>
    public HttpStatusCode StatusCode { get; private init; } = HttpStatusCode.OK;

    /// <summary>The body sent, if any.</summary>
    public string? Body { get; private init; }

    /// <summary>The body's content type.</summary>
    public string ContentType { get; private init; } = "application/json";

    /// <summary>Extra response headers (for example Retry-After).</summary>
    public IReadOnlyDictionary<string, string> Headers { get; private init; } = new Dictionary<string, string>();

    /// <summary>How long to wait (for <see cref="EmulatorFaultKind.Delay"/> and <see cref="EmulatorFaultKind.SlowBody"/>).</summary>
    public TimeSpan Delay { get; private init; }

    /// <summary>Answers with a status, an optional body and headers, without running the route.</summary>
    /// <param name="status">The status code.</param>
    /// <param name="body">The body.</param>
    /// <param name="contentType">The body's content type.</param>
    /// <param name="headers">Extra headers.</param>
    public static EmulatorFault Status(HttpStatusCode status, string? body = null, string contentType = "application/json", IReadOnlyDictionary<string, string>? headers = null)
        => new(EmulatorFaultKind.Status) { StatusCode = status, Body = body, ContentType = contentType, Headers = headers ?? new Dictionary<string, string>() };

    /// <summary>A 429 with <c>Retry-After</c> in seconds.</summary>
    /// <param name="seconds">The wait asked for.</param>
    public static EmulatorFault TooManyRequests(int seconds)
        => Status(HttpStatusCode.TooManyRequests, headers: new Dictionary<string, string> { ["Retry-After"] = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture) });

    /// <summary>An HTML error page with the status (as a proxy in front of the API would send).</summary>
    /// <param name="status">The status code, 502 by default.</param>
    public static EmulatorFault HtmlPage(HttpStatusCode status = HttpStatusCode.BadGateway)
        => Status(status, $"<html><head><title>{(int)status} {status}</title></head><body><h1>{status}</h1></body></html>", "text/html");

    /// <summary>Waits, then runs the route normally.</summary>
    /// <param name="delay">The wait.</param>
    public static EmulatorFault Delayed(TimeSpan delay) => new(EmulatorFaultKind.Delay) { Delay = delay };

    /// <summary>Closes the connection before reading the request body (the request never counts as processed).</summary>
    public static EmulatorFault DropBeforeBody() => new(EmulatorFaultKind.DropBeforeBody);

    /// <summary>Runs the route (so the request is processed), then resets the connection instead of answering.</summary>
    public static EmulatorFault DropAfterProcessing() => new(EmulatorFaultKind.DropAfterProcessing);

    /// <summary>Answers 200 with a body that is not valid JSON or XML.</summary>
    /// <param name="contentType">The content type claimed.</param>
    public static EmulatorFault Malformed(string contentType = "application/json")
        => new(EmulatorFaultKind.Status) { Body = "{\"this is\": not json <or xml", ContentType = contentType };

    /// <summary>Runs the route, then sends only the first half of its body and closes the connection.</summary>
    public static EmulatorFault Truncated() => new(EmulatorFaultKind.Truncated);

    /// <summary>Runs the route, then sends its body one byte per <paramref name="interval"/>.</summary>
    /// <param name="interval">The pause between bytes.</param>
    public static EmulatorFault SlowBody(TimeSpan interval) => new(EmulatorFaultKind.SlowBody) { Delay = interval };

    /// <summary>Answers 200 with an empty body.</summary>
    public static EmulatorFault EmptyBody() => Status(HttpStatusCode.OK, string.Empty);

    /// <summary>Runs the route, then pads its body beyond <paramref name="bytes"/> bytes.</summary>
    /// <param name="bytes">The size to exceed.</param>
    public static EmulatorFault Oversized(int bytes) => new(EmulatorFaultKind.Status) { Body = "[" + new string(' ', bytes) + "]" };

    /// <summary>
    /// Reads the whole request (it is counted), then closes the connection without answering and without running the
    /// route, as a server that crashed or shed the request would.
    /// </summary>
    public static EmulatorFault CloseAfterRequest() => new(EmulatorFaultKind.CloseAfterRequest);
}
