using System.Net;
using System.Security;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Leads.Sdk.Http;

/// <summary>
/// Masks secrets in text that leaves the SDK (exception body excerpts, log lines): the configured secret values
/// wherever they appear, and the values of keys that by name hold secrets in JSON, XML and form bodies.
/// </summary>
public static partial class SecretRedactor
{
    /// <summary>What a masked value is replaced with.</summary>
    public const string Mask = "***";

    /// <summary>The default length of a body excerpt, in characters.</summary>
    public const int DefaultExcerptLength = 4096;

    /// <summary>Masks secrets in <paramref name="text"/> and cuts it to <paramref name="maxLength"/> characters.</summary>
    /// <param name="text">The text, for example a response body.</param>
    /// <param name="secrets">Known secret values to mask wherever they appear.</param>
    /// <param name="maxLength">The longest excerpt returned.</param>
    public static string? Redact(string? text, IEnumerable<string?>? secrets = null, int maxLength = DefaultExcerptLength)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text;
        }

        foreach (var secret in secrets ?? [])
        {
            // Very short values would mask unrelated text and tell nothing; they are masked by key below instead.
            if (!string.IsNullOrEmpty(secret) && secret.Length >= 4)
            {
                // A server that echoes the secret back writes it escaped for its format (JSON, XML, URL), not raw.
                foreach (var form in EncodedForms(secret))
                {
                    text = text.Replace(form, Mask, StringComparison.Ordinal);
                }
            }
        }

        text = JsonSecret().Replace(text, m => m.Groups["pre"].Value + Mask + "\"");
        text = XmlElementSecret().Replace(text, m => m.Groups["pre"].Value + Mask + m.Groups["post"].Value);
        text = XmlAttributeSecret().Replace(text, m => m.Groups["pre"].Value + Mask + m.Groups["q"].Value);
        text = FormSecret().Replace(text, m => m.Groups["pre"].Value + Mask);
        text = AuthScheme().Replace(text, m => m.Groups["pre"].Value + Mask);
        return text.Length <= maxLength ? text : string.Concat(text.AsSpan(0, maxLength), "…[truncated]");
    }

    private static IEnumerable<string> EncodedForms(string secret)
    {
        yield return secret;
        yield return JsonEncodedText.Encode(secret).ToString();
        yield return JsonEncodedText.Encode(secret, JavaScriptEncoder.UnsafeRelaxedJsonEscaping).ToString();
        yield return SecurityElement.Escape(secret);
        yield return Uri.EscapeDataString(secret);
        yield return WebUtility.UrlEncode(secret);
        yield return WebUtility.HtmlEncode(secret);
    }

    private const string SecretKey = "(?:password|passwd|pwd|token|access_?token|refresh_?token|api_?key|apikey|secret|authorization|authenticate|web_api_key)";

    [GeneratedRegex("(?<pre>\"" + SecretKey + "\"\\s*:\\s*\")(?:[^\"\\\\]|\\\\.)*\"", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex JsonSecret();

    [GeneratedRegex("(?<pre><(?<name>" + SecretKey + ")(?:\\s[^>]*)?>)[^<]*(?<post></\\k<name>>)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex XmlElementSecret();

    [GeneratedRegex("(?<pre>\\s" + SecretKey + "\\s*=\\s*(?<q>[\"']))(?:(?<=\")[^\"]*|(?<=')[^']*)\\k<q>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex XmlAttributeSecret();

    // A quoted value is an XML attribute, already masked above; matching it here would eat the rest of the tag.
    [GeneratedRegex("(?<pre>(?:^|[?&\\s])" + SecretKey + "=)(?![\"'])[^&\\s]*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FormSecret();

    [GeneratedRegex("(?<pre>(?:Avala-Api|Bearer|Basic)\\s+)[^\\s\"'<&,;]+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AuthScheme();
}
