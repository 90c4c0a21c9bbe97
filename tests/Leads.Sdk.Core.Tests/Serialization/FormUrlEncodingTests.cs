using Leads.Sdk.Serialization;

namespace Leads.Sdk.Core.Tests.Serialization;

public class FormUrlEncodingTests
{
    private static KeyValuePair<string, string?> P(string key, string? value) => new(key, value);

    [Fact]
    public void Encode_ReservedCharacters_EscapesThemAndSpaceAsPlus()
        => Assert.Equal("q=a%26b%3Dc%2Bd+e", FormUrlEncoding.Encode([P("q", "a&b=c+d e")]));

    [Fact]
    public void Encode_NonAscii_PercentEncodesUtf8()
        => Assert.Equal("name=Jos%C3%A9+%E2%82%AC", FormUrlEncoding.Encode([P("name", "José €")]));

    [Fact]
    public void Encode_SeveralPairs_KeepsOrder()
        => Assert.Equal("z=1&a=2&m=3", FormUrlEncoding.Encode([P("z", "1"), P("a", "2"), P("m", "3")]));

    [Fact]
    public void Encode_NullValue_SkipsPairButKeepsEmpty()
        => Assert.Equal("a=1&c=", FormUrlEncoding.Encode([P("a", "1"), P("b", null), P("c", "")]));

    [Fact]
    public void Encode_KeyWithReservedCharacters_EscapesKey()
        => Assert.Equal("a+b%26=1", FormUrlEncoding.Encode([P("a b&", "1")]));

    [Fact]
    public void Decode_EncodedBody_RoundTrips()
    {
        KeyValuePair<string, string?>[] pairs = [P("first name", "José"), P("q", "a&b=c+d e"), P("empty", ""), P("pct", "100%"), P("emoji", "😀~*'()")];

        var decoded = FormUrlEncoding.Decode(FormUrlEncoding.Encode(pairs));

        Assert.Equal(pairs.Select(p => (p.Key, p.Value)), decoded.Select(p => (p.Key, (string?)p.Value)));
    }

    [FsCheck.Xunit.Property]
    public void Decode_AnyPairs_RoundTrips(FsCheck.NonNull<string>[] keys, FsCheck.NonNull<string>[] values)
    {
        var pairs = keys.Zip(values, (k, v) => P(k.Get, v.Get))
            .Where(p => p.Key.Length > 0 && !HasLoneSurrogate(p.Key) && !HasLoneSurrogate(p.Value!))
            .ToArray();

        var decoded = FormUrlEncoding.Decode(FormUrlEncoding.Encode(pairs));

        Assert.Equal(pairs.Select(p => (p.Key, p.Value)), decoded.Select(p => (p.Key, (string?)p.Value)));
    }

    private static bool HasLoneSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    [Theory]
    [InlineData("plain-._~AZaz09")]
    [InlineData("!*'();:@&=+$,/?#[] %")]
    [InlineData("Zoë Ünïcødé 日本 😀 tail")]
    [InlineData("lone \uD800 surrogate \uDC00 end")]
    public void Encode_AnyText_MatchesEscapeDataStringWithPlusForSpace(string text)
        => Assert.Equal(
            FormUrlEncoding.EncodeComponent(text) + "=" + FormUrlEncoding.EncodeComponent(text),
            FormUrlEncoding.Encode([P(text, text)]));

    [Fact]
    public async Task Form_SpanOfPairs_WritesTheSameBytesAsTheEnumerableOverload()
    {
        KeyValuePair<string, string?>[] pairs = [P("a", "1 2"), P("skip", null), P("é", "&")];

        var fromSpan = await LeadsHttpContent.Form(pairs.AsSpan()).ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        var fromEnumerable = await LeadsHttpContent.Form(pairs.AsEnumerable()).ReadAsByteArrayAsync(TestContext.Current.CancellationToken);

        Assert.Equal("a=1+2&%C3%A9=%26", System.Text.Encoding.ASCII.GetString(fromSpan));
        Assert.Equal(fromSpan, fromEnumerable);
    }
}
