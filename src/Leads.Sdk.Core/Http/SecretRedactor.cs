using System.Text.RegularExpressions;

namespace Leads.Sdk.Http;

/// <summary>
/// Masks secrets in text that leaves the SDK (exception messages, body excerpts, log lines): the configured secret
/// values wherever they appear, and the values of keys that by name hold secrets in JSON, XML and form bodies.
/// </summary>
/// <remarks>
/// A server that echoes a secret writes it escaped for its format, sometimes more than once (a JSON request echoed
/// inside a JSON string). Secrets and secret-named keys are therefore also searched in the text with up to three
/// layers of JSON, URL/form and XML/HTML escaping undone, in any order, and the escaped characters are masked. A secret
/// cut short by the SDK's own excerpts (a prefix of it followed by <c>…</c>) is masked too. Masking happens before
/// the text is cut to its maximum length, so a secret is never cut into a piece that escapes the mask.
/// </remarks>
internal static partial class SecretRedactor
{
    /// <summary>What a masked value is replaced with.</summary>
    public const string Mask = "***";

    /// <summary>The default length of a body excerpt, in characters.</summary>
    public const int DefaultExcerptLength = 4096;

    // Values shorter than this would mask unrelated text and tell nothing; they are masked by key instead.
    private const int MinimumSecretLength = 4;

    // Layers of escaping undone: enough for a JSON request inside a JSON string inside a form or XML body.
    private const int MaxDecodingDepth = 3;

    // The longest a character can become after MaxDecodingDepth layers of escaping, for sizing the searched window.
    private const int MaxEscapedCharLength = 64;

    private const string ExcerptEllipsis = "…";

    // The characters that start an escape some DecodedText decoder undoes (JSON, URL/form, XML/HTML).
    private static readonly System.Buffers.SearchValues<char> EscapeCharacters = System.Buffers.SearchValues.Create("\\%+&");

    // Every pattern that finds the value of a secret-named key or an authentication scheme's credential.
    private static readonly Regex[] SecretKeyPatterns = [JsonSecret(), XmlElementSecret(), XmlAttributeSecret(), FormSecret(), AuthScheme()];
    private const string TruncatedMarker = "…[truncated]";

    /// <summary>Masks secrets in <paramref name="text"/> and cuts it to <paramref name="maxLength"/> characters.</summary>
    /// <param name="text">The text, for example a response body.</param>
    /// <param name="secrets">Known secret values to mask wherever they appear, raw or escaped.</param>
    /// <param name="maxLength">The longest excerpt returned (not counting the truncation marker).</param>
    public static string? Redact(string? text, IEnumerable<string?>? secrets = null, int maxLength = DefaultExcerptLength)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text;
        }

        ArgumentOutOfRangeException.ThrowIfNegative(maxLength);
        var known = Usable(secrets);

        // Only the part that can end up in the excerpt is searched (bodies can be megabytes): everything before the
        // cut, plus room for a secret or a secret-named value that starts before it and ends after it.
        var longest = known.Count == 0 ? 0 : known[0].Length;
        var window = (int)Math.Min(text.Length, (long)maxLength + Math.Max(maxLength, DefaultExcerptLength) + ((long)longest * MaxEscapedCharLength));
        var searched = window == text.Length ? text : text[..window];

        // Most text has nothing to mask (every header of every response, most bodies): that is checked first without
        // allocating, so only text that may hold a secret pays for the decoded views and match lists (~1.5 KB per
        // header value, most of what the SDK allocated per call beyond hand-written code over real sockets).
        if (!MayHoldSecret(searched, known))
        {
            return text.Length <= maxLength ? text : Cut(text, [], maxLength);
        }

        var spans = new List<(int Start, int End)>();
        foreach (var view in Views(searched))
        {
            FindSecrets(view, known, spans);
            FindSecretKeys(view, spans);
        }

        return Cut(text, spans, maxLength);
    }

    /// <summary>Masks secrets in a whole text, without cutting it (for exception messages the SDK writes itself).</summary>
    internal static string RedactWhole(string text, IReadOnlyList<string> secrets) => Redact(text, secrets, text.Length)!;

    /// <summary>The secrets worth searching for, longest first so a secret that contains another is masked whole.</summary>
    internal static List<string> Usable(IEnumerable<string?>? secrets)
    {
        var usable = new List<string>();
        foreach (var secret in secrets ?? [])
        {
            if (secret is { Length: >= MinimumSecretLength } && !usable.Contains(secret, StringComparer.Ordinal))
            {
                usable.Add(secret);
            }
        }

        usable.Sort((a, b) => b.Length.CompareTo(a.Length));
        return usable;
    }

    /// <summary>
    /// False only when the full search would find nothing: with no escape character there is no decoded view, so the
    /// text itself is all there is to search, for a known secret, a secret cut short by an ellipsis, or a secret-named key.
    /// </summary>
    private static bool MayHoldSecret(string text, List<string> secrets)
    {
        if (text.AsSpan().IndexOfAny(EscapeCharacters) >= 0 || text.Contains(ExcerptEllipsis, StringComparison.Ordinal))
        {
            return true;
        }

        foreach (var secret in secrets)
        {
            if (text.Contains(secret, StringComparison.Ordinal))
            {
                return true;
            }
        }

        foreach (var pattern in SecretKeyPatterns)
        {
            if (pattern.IsMatch(text))
            {
                return true;
            }
        }

        return false;
    }

    // The text and every decoding of it, up to MaxDecodingDepth layers; a decoder that changes nothing adds no view.
    private static List<DecodedText> Views(string text)
    {
        var views = new List<DecodedText> { DecodedText.Original(text) };
        var layer = new List<DecodedText>(views);
        for (var depth = 0; depth < MaxDecodingDepth && layer.Count > 0; depth++)
        {
            var next = new List<DecodedText>();
            foreach (var view in layer)
            {
                foreach (var decoded in new[] { view.DecodeJson(), view.DecodeUrl(), view.DecodeMarkup() })
                {
                    if (decoded is not null && !views.Exists(v => v.Text == decoded.Text))
                    {
                        next.Add(decoded);
                    }
                }
            }

            views.AddRange(next);
            layer = next;
        }

        return views;
    }

    private static void FindSecrets(DecodedText view, List<string> secrets, List<(int Start, int End)> spans)
    {
        var text = view.Text;
        foreach (var secret in secrets)
        {
            for (var at = text.IndexOf(secret, StringComparison.Ordinal); at >= 0; at = text.IndexOf(secret, at + secret.Length, StringComparison.Ordinal))
            {
                spans.Add(view.OriginalRange(at, at + secret.Length));
            }
        }

        // The SDK's own excerpts (Excerpt.Of, parsers quoting a value) cut long values with "…": a secret cut there
        // leaves a prefix of it that the search above cannot see.
        for (var ellipsis = text.IndexOf(ExcerptEllipsis, StringComparison.Ordinal); ellipsis > 0; ellipsis = text.IndexOf(ExcerptEllipsis, ellipsis + 1, StringComparison.Ordinal))
        {
            foreach (var secret in secrets)
            {
                var prefix = LongestSecretPrefixEndingAt(text, ellipsis, secret);
                if (prefix >= MinimumSecretLength)
                {
                    spans.Add(view.OriginalRange(ellipsis - prefix, ellipsis));
                    break;
                }
            }
        }
    }

    private static int LongestSecretPrefixEndingAt(string text, int end, string secret)
    {
        for (var length = Math.Min(secret.Length - 1, end); length >= MinimumSecretLength; length--)
        {
            if (text.AsSpan(end - length, length).SequenceEqual(secret.AsSpan(0, length)))
            {
                return length;
            }
        }

        return 0;
    }

    private static void FindSecretKeys(DecodedText view, List<(int Start, int End)> spans)
    {
        foreach (var pattern in SecretKeyPatterns)
        {
            foreach (Match match in pattern.Matches(view.Text))
            {
                var value = match.Groups["value"];
                if (value.Length > 0)
                {
                    spans.Add(view.OriginalRange(value.Index, value.Index + value.Length));
                }
            }
        }
    }

    // Writes the text with every span masked, up to maxLength characters of the original: a span that starts before
    // the cut is masked whole, so no piece of a secret is left at the end of an excerpt.
    private static string Cut(string text, List<(int Start, int End)> spans, int maxLength)
    {
        spans.Sort();
        var merged = new List<(int Start, int End)>(spans.Count);
        foreach (var span in spans)
        {
            if (merged.Count > 0 && span.Start <= merged[^1].End)
            {
                merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, span.End));
            }
            else
            {
                merged.Add(span);
            }
        }

        var result = new System.Text.StringBuilder(Math.Min(text.Length, maxLength) + TruncatedMarker.Length);
        var position = 0;
        foreach (var (start, end) in merged)
        {
            if (start >= maxLength)
            {
                break;
            }

            result.Append(text, position, start - position).Append(Mask);
            position = end;
        }

        var kept = Math.Min(text.Length, maxLength);
        if (position < kept)
        {
            result.Append(text, position, kept - position);
            position = kept;
        }

        if (position < text.Length)
        {
            result.Append(TruncatedMarker);
        }

        return result.ToString();
    }

    private const string SecretKey = "(?:password|passwd|pwd|token|access_?token|refresh_?token|api_?key|apikey|secret|authorization|authenticate|web_api_key)";

    [GeneratedRegex("\"" + SecretKey + "\"\\s*:\\s*\"(?<value>(?:[^\"\\\\]|\\\\.)*)\"", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex JsonSecret();

    [GeneratedRegex("<(?<name>" + SecretKey + ")(?:\\s[^>]*)?>(?<value>[^<]*)</\\k<name>>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex XmlElementSecret();

    [GeneratedRegex("\\s" + SecretKey + "\\s*=\\s*(?<q>[\"'])(?<value>(?:(?<=\")[^\"]*|(?<=')[^']*))\\k<q>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex XmlAttributeSecret();

    // A quoted value is an XML attribute, masked above; matching it here would eat the rest of the tag.
    [GeneratedRegex("(?:^|[?&\\s])" + SecretKey + "=(?![\"'])(?<value>[^&\\s]*)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FormSecret();

    [GeneratedRegex("(?:Avala-Api|Bearer|Basic)\\s+(?<value>[^\\s\"'<&,;]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AuthScheme();
}
