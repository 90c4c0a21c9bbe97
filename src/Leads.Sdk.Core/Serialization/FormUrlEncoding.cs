using System.Buffers;
using System.Text;

namespace Leads.Sdk.Serialization;

/// <summary>Writes <c>application/x-www-form-urlencoded</c> bodies exactly: UTF-8, RFC 3986 escaping, space as <c>+</c>, keys in the order given.</summary>
internal static class FormUrlEncoding
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    // RFC 3986's unreserved characters: written as they are.
    private static readonly SearchValues<char> Unreserved = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~");

    /// <summary>Encodes the pairs; a pair whose value is <see langword="null"/> is left out, an empty value is kept.</summary>
    /// <param name="pairs">The keys and values, in wire order.</param>
    public static string Encode(IEnumerable<KeyValuePair<string, string?>> pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        return Encoding.ASCII.GetString(EncodeToBytes([.. pairs]));
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

    /// <summary>
    /// Encodes the pairs straight into the body's bytes (one exact-size array, no intermediate strings); the same
    /// output as <see cref="Encode"/>: unreserved characters as they are, space as <c>+</c>, every other UTF-8 byte as
    /// <c>%XX</c> (a lone surrogate as U+FFFD, as <see cref="Uri.EscapeDataString(string)"/> does).
    /// </summary>
    internal static byte[] EncodeToBytes(ReadOnlySpan<KeyValuePair<string, string?>> pairs)
    {
        var length = 0;
        foreach (var (key, value) in pairs)
        {
            if (value is not null)
            {
                ArgumentNullException.ThrowIfNull(key);
                length += (length > 0 ? 1 : 0) + EncodedLength(key) + 1 + EncodedLength(value);
            }
        }

        var bytes = new byte[length];
        var position = 0;
        foreach (var (key, value) in pairs)
        {
            if (value is null)
            {
                continue;
            }

            if (position > 0)
            {
                bytes[position++] = (byte)'&';
            }

            position += Write(key, bytes.AsSpan(position));
            bytes[position++] = (byte)'=';
            position += Write(value, bytes.AsSpan(position));
        }

        return bytes;
    }

    private static int EncodedLength(string text) => Write(text, Span<byte>.Empty, countOnly: true);

    private static int Write(string text, Span<byte> destination) => Write(text, destination, countOnly: false);

    private static int Write(string text, Span<byte> destination, bool countOnly)
    {
        var written = 0;
        var i = 0;
        while (i < text.Length)
        {
            // Runs of unreserved characters (most of a form) are found and copied a vector at a time.
            var plain = text.AsSpan(i).IndexOfAnyExcept(Unreserved);
            var run = plain < 0 ? text.Length - i : plain;
            if (run > 0)
            {
                if (!countOnly)
                {
                    Ascii.FromUtf16(text.AsSpan(i, run), destination[written..], out _);
                }

                written += run;
                i += run;
                continue;
            }

            if (text[i] >= 0x80)
            {
                break;
            }

            written += countOnly ? Width((byte)text[i]) : WriteByte((byte)text[i], destination[written..]);
            i++;
        }

        if (i < text.Length)
        {
            // Non-ASCII text (rare in forms): escape each of its UTF-8 bytes.
            var rest = text.AsSpan(i);
            var buffer = ArrayPool<byte>.Shared.Rent(Utf8.GetMaxByteCount(rest.Length));
            try
            {
                var count = Utf8.GetBytes(rest, buffer);
                foreach (var b in buffer.AsSpan(0, count))
                {
                    written += countOnly ? Width(b) : WriteByte(b, destination[written..]);
                }
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }

        return written;
    }

    private static int Width(byte b) => b == (byte)' ' || (b < 0x80 && IsUnreserved((char)b)) ? 1 : 3;

    private static int WriteByte(byte b, Span<byte> destination)
    {
        if (b < 0x80 && IsUnreserved((char)b))
        {
            destination[0] = b;
            return 1;
        }

        if (b == (byte)' ')
        {
            destination[0] = (byte)'+';
            return 1;
        }

        destination[0] = (byte)'%';
        destination[1] = (byte)"0123456789ABCDEF"[b >> 4];
        destination[2] = (byte)"0123456789ABCDEF"[b & 0xF];
        return 3;
    }

    private static bool IsUnreserved(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_' or '~';

    private static string Unescape(string text) => Uri.UnescapeDataString(text.Replace('+', ' '));
}
