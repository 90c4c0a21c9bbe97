namespace Leads.Sdk.Http;

/// <summary>The path of a request for messages, logs and spans: never its query string, which can hold a token.</summary>
internal static class RequestPath
{
    public static string Of(HttpRequestMessage? request) => Of(request?.RequestUri);

    public static string Of(Uri? uri)
    {
        if (uri is null)
        {
            return string.Empty;
        }

        if (uri.IsAbsoluteUri)
        {
            return uri.AbsolutePath;
        }

        // Uri.AbsolutePath throws for a relative URI (a request built by hand, before HttpClient resolves it).
        var text = uri.OriginalString;
        var end = text.AsSpan().IndexOfAny('?', '#');
        return end < 0 ? text : text[..end];
    }
}
