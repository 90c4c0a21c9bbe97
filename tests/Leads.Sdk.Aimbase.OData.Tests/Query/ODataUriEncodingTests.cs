using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Leads.Sdk.Aimbase.OData.Query;

namespace Leads.Sdk.Aimbase.OData.Tests.Query;

public sealed class ODataUriEncodingTests
{
    [Fact]
    public void Encode_AnyWellFormedString_MatchesTheCharacterByCharacterEncoding()
    {
        var values = ArbMap.Default.GeneratorFor<string>()
            .Where(s => s is not null && IsWellFormedUtf16(s))
            .Sample(500)
            .Concat(["", "O'Neil", "a&b#c+d%e", "Zoë Müller – 東京 🚤", "\t\r\n\0", "~-._'()$,:/@=;*", "\uDC00x", "x\uD800", "\uD800a b", new string('x', 5000) + " é"]);

        foreach (var value in values)
        {
            Assert.Equal(CharacterByCharacter(value), ODataUriEncoding.Encode(value));
        }
    }

    [Fact]
    public void Encode_SpaceAndReservedCharacters_ArePercentEncodedUppercase()
    {
        Assert.Equal("Prospect/LastName%20eq%20'O''Neil%3F%5B%5D%7B%7D'", ODataUriEncoding.Encode("Prospect/LastName eq 'O''Neil?[]{}'"));
    }

    [Fact]
    public void Encode_HighSurrogateBeforeNonAsciiCharacter_EncodesReplacementCharacterInsteadOfThrowing()
    {
        Assert.Equal("%EF%BF%BD%E4%B8%80", ODataUriEncoding.Encode("\uD800\u4E00"));
    }

    // The encoding as first written (a StringBuilder, one character or surrogate pair at a time): the wire format
    // the faster encoder must keep.
    private static string CharacterByCharacter(string value)
    {
        const string kept = "-._~'()$,:/@=;*";
        var builder = new StringBuilder();
        Span<byte> utf8 = stackalloc byte[4];
        for (var i = 0; i < value.Length; i++)
        {
            var character = value[i];
            if (char.IsAsciiLetterOrDigit(character) || kept.Contains(character, StringComparison.Ordinal))
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

    private static bool IsWellFormedUtf16(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsHighSurrogate(value[i]))
            {
                if (i + 1 >= value.Length || !char.IsLowSurrogate(value[++i]))
                {
                    return false;
                }
            }
            else if (char.IsLowSurrogate(value[i]))
            {
                return false;
            }
        }

        return true;
    }
}
