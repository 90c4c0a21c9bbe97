using System.Runtime.ExceptionServices;
using System.Text;
using System.Text.Json;
using System.Xml;

namespace Leads.Sdk.Http;

/// <summary>
/// Makes an exception safe to attach as an inner exception: a parser's message can quote a response value, and a
/// hostile server can put a credential in that value (<c>'isValidPost' is not a boolean: '&lt;token&gt;'</c>). An
/// exception whose chain quotes no secret is returned as is; otherwise every exception of the chain down to the last
/// one that does is rebuilt with its message masked, keeping its type where the type can be built from a message
/// (the parser exceptions can) and its original stack trace.
/// </summary>
internal static class InnerExceptionRedactor
{
    public static Exception? Redact(Exception? exception, IEnumerable<string?>? secrets)
    {
        if (exception is null)
        {
            return null;
        }

        var known = SecretRedactor.Usable(secrets);
        return Redact(exception, known, depth: 0);
    }

    private static Exception Redact(Exception exception, List<string> secrets, int depth)
    {
        // Chains are short; the bound only guards against a pathological one.
        var inner = exception.InnerException is { } cause && depth < 16 ? Redact(cause, secrets, depth + 1) : null;
        var message = SecretRedactor.RedactWhole(exception.Message, secrets);
        if (ReferenceEquals(inner, exception.InnerException) && string.Equals(message, exception.Message, StringComparison.Ordinal))
        {
            return exception;
        }

        var copy = Rebuild(exception, message, inner);
        if (exception.StackTrace is { } stackTrace)
        {
            ExceptionDispatchInfo.SetRemoteStackTrace(copy, stackTrace);
        }

        return copy;
    }

    private static Exception Rebuild(Exception exception, string message, Exception? inner)
    {
        var type = exception.GetType();
        if (type == typeof(JsonException))
        {
            var json = (JsonException)exception;
            return new JsonException(message, json.Path, json.LineNumber, json.BytePositionInLine, inner);
        }

        if (type == typeof(XmlException))
        {
            // The message already ends with the line and position; the two-argument constructor does not add them again.
            return new XmlException(message, inner);
        }

        if (type == typeof(FormatException))
        {
            return new FormatException(message, inner);
        }

        if (type == typeof(InvalidOperationException))
        {
            return new InvalidOperationException(message, inner);
        }

        if (type == typeof(KeyNotFoundException))
        {
            return new KeyNotFoundException(message, inner);
        }

        if (type == typeof(HttpRequestException))
        {
            // A transport message can quote what a hostile server sent (an invalid header line echoing a credential).
            var http = (HttpRequestException)exception;
            return new HttpRequestException(http.HttpRequestError, message, inner, http.StatusCode);
        }

        if (type == typeof(IOException))
        {
            return new IOException(message, inner);
        }

        if (type == typeof(DecoderFallbackException))
        {
            return new DecoderFallbackException(message, inner);
        }

        // Any other type cannot be rebuilt faithfully; its name stays in the message.
        return new InvalidOperationException($"{type.FullName}: {message}", inner);
    }
}
