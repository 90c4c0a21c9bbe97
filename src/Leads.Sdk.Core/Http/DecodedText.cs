using System.Buffers;
using System.Globalization;
using System.Text;

namespace Leads.Sdk.Http;

/// <summary>
/// A text with one more layer of escaping undone (JSON <c>\"</c>/<c>\u0022</c>, URL <c>%22</c>/<c>+</c>, XML and HTML
/// <c>&amp;quot;</c>/<c>&amp;#34;</c>), remembering for each of its characters which characters of the original text
/// it came from. <see cref="SecretRedactor"/> searches secrets in these views and masks the original characters, so a
/// secret is found however many times a server escaped it (a JSON request echoed inside a JSON string is escaped twice).
/// Decoding is deliberately lenient: escapes are undone wherever they appear, not only inside strings of that format.
/// </summary>
internal sealed class DecodedText
{
    private readonly int[] _starts;
    private readonly int[] _ends;

    private DecodedText(string text, int[] starts, int[] ends)
    {
        Text = text;
        _starts = starts;
        _ends = ends;
    }

    /// <summary>The decoded text.</summary>
    public string Text { get; }

    /// <summary>The text as it is, each character its own origin.</summary>
    public static DecodedText Original(string text)
    {
        var starts = new int[text.Length];
        var ends = new int[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            starts[i] = i;
            ends[i] = i + 1;
        }

        return new DecodedText(text, starts, ends);
    }

    /// <summary>The range of the original text that the decoded characters <c>[start, end)</c> came from.</summary>
    public (int Start, int End) OriginalRange(int start, int end) => (_starts[start], _ends[end - 1]);

    /// <summary>Undoes JSON string escapes; <see langword="null"/> when the text has none.</summary>
    public DecodedText? DecodeJson() => Text.Contains('\\', StringComparison.Ordinal) ? Decode(TryJsonEscape) : null;

    /// <summary>Undoes URL and form encoding (<c>%XX</c> as UTF-8, <c>+</c> as a space); <see langword="null"/> when the text has none.</summary>
    public DecodedText? DecodeUrl() => Text.AsSpan().IndexOfAny('%', '+') >= 0 ? Decode(TryUrlEscape) : null;

    /// <summary>Undoes XML and HTML character references; <see langword="null"/> when the text has none.</summary>
    public DecodedText? DecodeMarkup() => Text.Contains('&', StringComparison.Ordinal) ? Decode(TryMarkupEscape) : null;

    // An escape decoder: at position i, either returns how many characters it consumed and what they stand for, or 0.
    private delegate int EscapeDecoder(string text, int i, out string decoded);

    private DecodedText? Decode(EscapeDecoder decoder)
    {
        var text = new StringBuilder(Text.Length);
        var starts = new List<int>(Text.Length);
        var ends = new List<int>(Text.Length);
        var changed = false;
        for (var i = 0; i < Text.Length;)
        {
            var consumed = decoder(Text, i, out var decoded);
            if (consumed == 0)
            {
                Emit(Text[i].ToString(), i, 1);
                i++;
                continue;
            }

            changed = true;
            Emit(decoded, i, consumed);
            i += consumed;
        }

        return changed ? new DecodedText(text.ToString(), [.. starts], [.. ends]) : null;

        void Emit(string chars, int from, int length)
        {
            foreach (var c in chars)
            {
                text.Append(c);
                starts.Add(_starts[from]);
                ends.Add(_ends[from + length - 1]);
            }
        }
    }

    private static int TryJsonEscape(string text, int i, out string decoded)
    {
        decoded = string.Empty;
        if (text[i] != '\\' || i + 1 >= text.Length)
        {
            return 0;
        }

        var simple = text[i + 1] switch
        {
            '"' => "\"",
            '\\' => "\\",
            '/' => "/",
            'b' => "\b",
            'f' => "\f",
            'n' => "\n",
            'r' => "\r",
            't' => "\t",
            _ => null,
        };
        if (simple is not null)
        {
            decoded = simple;
            return 2;
        }

        if (text[i + 1] == 'u' && i + 6 <= text.Length
            && int.TryParse(text.AsSpan(i + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
        {
            decoded = ((char)code).ToString();
            return 6;
        }

        return 0;
    }

    // A run of %XX bytes is decoded as UTF-8, one character (or surrogate pair) per complete sequence.
    private static int TryUrlEscape(string text, int i, out string decoded)
    {
        decoded = string.Empty;
        if (text[i] == '+')
        {
            decoded = " ";
            return 1;
        }

        Span<byte> bytes = stackalloc byte[4];
        var count = 0;
        while (count < 4 && TryHexByte(text, i + (count * 3), out bytes[count]))
        {
            count++;
        }

        if (count == 0 || Rune.DecodeFromUtf8(bytes[..count], out var rune, out var used) != OperationStatus.Done)
        {
            return 0;
        }

        decoded = rune.ToString();
        return used * 3;
    }

    private static bool TryHexByte(string text, int i, out byte value)
    {
        value = 0;
        return i + 3 <= text.Length && text[i] == '%'
            && byte.TryParse(text.AsSpan(i + 1, 2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out value);
    }

    private static int TryMarkupEscape(string text, int i, out string decoded)
    {
        decoded = string.Empty;
        if (text[i] != '&')
        {
            return 0;
        }

        var end = text.IndexOf(';', i + 1);
        if (end < 0 || end - i > 12)
        {
            return 0;
        }

        var name = text.AsSpan(i + 1, end - i - 1);
        string? value = name switch
        {
            "amp" => "&",
            "lt" => "<",
            "gt" => ">",
            "quot" => "\"",
            "apos" => "'",
            _ => null,
        };
        if (value is null && name.Length > 1 && name[0] == '#')
        {
            var hex = name[1] is 'x' or 'X';
            if (int.TryParse(name[(hex ? 2 : 1)..], hex ? NumberStyles.AllowHexSpecifier : NumberStyles.None, CultureInfo.InvariantCulture, out var code)
                && Rune.IsValid(code))
            {
                value = new Rune(code).ToString();
            }
        }

        if (value is null)
        {
            return 0;
        }

        decoded = value;
        return end - i + 1;
    }
}
