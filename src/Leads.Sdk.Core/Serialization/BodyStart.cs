namespace Leads.Sdk.Serialization;

/// <summary>
/// Where a JSON or XML body's content starts: after the white space and byte order marks servers put in front of a
/// body, in any number and order (<c>"\uFEFF  &lt;Leads&gt;"</c>). The one reading for every client that tells JSON from
/// XML by the first character.
/// </summary>
internal static class BodyStart
{
    /// <summary>
    /// The index of the first byte of a UTF-8 body that is neither JSON/XML white space (space, tab, CR, LF) nor a byte order
    /// mark; the body's length when there is none. Other white space is multi-byte: decode and use the text overload.
    /// </summary>
    public static int IndexIn(ReadOnlySpan<byte> body)
    {
        var i = 0;
        while (i < body.Length)
        {
            if (body[i] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
            {
                i++;
            }
            else if (body[i..].StartsWith("\uFEFF"u8))
            {
                i += 3;
            }
            else
            {
                break;
            }
        }

        return i;
    }

    /// <summary>The index of the first character that is neither white space nor a byte order mark; the text's length when there is none.</summary>
    public static int IndexIn(ReadOnlySpan<char> text)
    {
        var i = 0;
        while (i < text.Length && (char.IsWhiteSpace(text[i]) || text[i] == '\uFEFF'))
        {
            i++;
        }

        return i;
    }
}
