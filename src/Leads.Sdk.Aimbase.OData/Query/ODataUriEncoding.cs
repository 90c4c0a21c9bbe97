using System.Text;

namespace Leads.Sdk.Aimbase.OData.Query;

/// <summary>
/// Percent-encodes query option values exactly once (UTF-8). Unreserved characters and the OData syntax characters
/// <c>' ( ) $ , : / @ = ; *</c> stay readable, as in the doc's sample queries; everything else, including
/// <c>&amp; # + %</c>, space and non-ASCII, is encoded, so no value can end an option or change meaning.
/// </summary>
internal static class ODataUriEncoding
{
    private const string Kept = "-._~'()$,:/@=;*";

    public static string Encode(string value)
    {
        var builder = new StringBuilder(value.Length + 16);
        Span<byte> utf8 = stackalloc byte[4];
        for (var i = 0; i < value.Length; i++)
        {
            var character = value[i];
            if (char.IsAsciiLetterOrDigit(character) || Kept.Contains(character, StringComparison.Ordinal))
            {
                builder.Append(character);
                continue;
            }

            var length = char.IsHighSurrogate(character) && i + 1 < value.Length
                ? Encoding.UTF8.GetBytes(value.AsSpan(i++, 2), utf8)
                : Encoding.UTF8.GetBytes(value.AsSpan(i, 1), utf8);
            foreach (var b in utf8[..length])
            {
                builder.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }
}
