using System.Text;

namespace Leads.Sdk.Serialization;

/// <summary>Writes <c>application/x-www-form-urlencoded</c> bodies exactly: UTF-8, RFC 3986 escaping, space as <c>+</c>, keys in the order given.</summary>
public static class FormUrlEncoding
{
    /// <summary>Encodes the pairs; a pair whose value is <see langword="null"/> is left out, an empty value is kept.</summary>
    /// <param name="pairs">The keys and values, in wire order.</param>
    public static string Encode(IEnumerable<KeyValuePair<string, string?>> pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        var builder = new StringBuilder();
        foreach (var (key, value) in pairs)
        {
            if (value is null)
            {
                continue;
            }

            if (builder.Length > 0)
            {
                builder.Append('&');
            }

            builder.Append(EncodeComponent(key)).Append('=').Append(EncodeComponent(value));
        }

        return builder.ToString();
    }

    /// <summary>Encodes one key or value.</summary>
    /// <param name="value">The text.</param>
    public static string EncodeComponent(string value)
        => Uri.EscapeDataString(value ?? throw new ArgumentNullException(nameof(value))).Replace("%20", "+", StringComparison.Ordinal);

    /// <summary>Parses a form body back into pairs (for emulators and tests).</summary>
    /// <param name="body">The encoded body.</param>
    public static IReadOnlyList<KeyValuePair<string, string>> Decode(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var pairs = new List<KeyValuePair<string, string>>();
        foreach (var part in body.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            var key = equals < 0 ? part : part[..equals];
            var value = equals < 0 ? string.Empty : part[(equals + 1)..];
            pairs.Add(new(Unescape(key), Unescape(value)));
        }

        return pairs;
    }

    private static string Unescape(string text) => Uri.UnescapeDataString(text.Replace('+', ' '));
}
