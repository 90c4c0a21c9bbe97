using System.Buffers;
using System.Text;

namespace Leads.Sdk.Aimbase.OData.Query;

/// <summary>
/// Percent-encodes query option values exactly once (UTF-8). Unreserved characters and the OData syntax characters
/// <c>' ( ) $ , : / @ = ; *</c> stay readable, as in the doc's sample queries; everything else, including
/// <c>&amp; # + %</c>, space and non-ASCII, is encoded, so no value can end an option or change meaning.
/// </summary>
internal static class ODataUriEncoding
{
    private const string HexDigits = "0123456789ABCDEF";

    private static readonly SearchValues<char> Kept =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~'()$,:/@=;*");

    public static string Encode(string value)
    {
        var builder = new ODataTextBuilder(value.Length + 16);
        try
        {
            Encode(ref builder, value);
            return builder.ToStringAndRelease();
        }
        finally
        {
            builder.Release();
        }
    }

    /// <summary>Appends <paramref name="value"/> encoded: runs of kept characters are copied as they are.</summary>
    public static void Encode(ref ODataTextBuilder builder, ReadOnlySpan<char> value)
    {
        while (!value.IsEmpty)
        {
            var run = value.IndexOfAnyExcept(Kept);
            if (run < 0)
            {
                builder.Append(value);
                return;
            }

            builder.Append(value[..run]);
            value = value[run..];
            var character = value[0];
            if (char.IsAscii(character))
            {
                AppendEscaped(ref builder, (byte)character);
                value = value[1..];
                continue;
            }

            // A high surrogate is encoded with the character after it, as one UTF-8 sequence when they pair.
            var count = char.IsHighSurrogate(character) && value.Length > 1 ? 2 : 1;
            AppendUtf8(ref builder, value[..count]);
            value = value[count..];
        }
    }

    private static void AppendUtf8(ref ODataTextBuilder builder, ReadOnlySpan<char> characters)
    {
        Span<byte> utf8 = stackalloc byte[8];
        var length = Encoding.UTF8.GetBytes(characters, utf8);
        foreach (var b in utf8[..length])
        {
            AppendEscaped(ref builder, b);
        }
    }

    private static void AppendEscaped(ref ODataTextBuilder builder, byte value)
    {
        var escaped = builder.AppendSpan(3);
        escaped[0] = '%';
        escaped[1] = HexDigits[value >> 4];
        escaped[2] = HexDigits[value & 0xF];
    }
}
