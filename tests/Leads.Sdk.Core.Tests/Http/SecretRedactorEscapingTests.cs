using System.Net;
using System.Security;
using System.Text.Encodings.Web;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using Leads.Sdk.Http;

namespace Leads.Sdk.Core.Tests.Http;

/// <summary>
/// A configured secret is masked however a server escaped it before echoing it back: JSON (once, or twice when the
/// JSON request is echoed inside a JSON string), URL and form encoding (either hex case), XML and HTML references,
/// and combinations of them. Secrets are generated with the characters those formats escape.
/// </summary>
public class SecretRedactorEscapingTests
{
    private const string Awkward = "abcXYZ0189\"'<>&%+=;,/\\?#@!$*()[]{}| ~^`éß東京🚤";

    public static TheoryData<string> Secrets()
    {
        var pieces = Gen.Elements(Split(Awkward)).ArrayOf().Where(a => a.Length is >= 4 and <= 20).Select(a => "s" + string.Concat(a) + "9");
        var data = new TheoryData<string> { "p&ss<w>rd\"\\x", "tok+en/with=padding==", "pässwörd🚤", "a b%2Fc", "\\\"\\\\" };
        foreach (var secret in pieces.Sample(25))
        {
            data.Add(secret);
        }

        return data;
    }

    public static IEnumerable<(string Name, Func<string, string> Encode)> Escapings() =>
    [
        ("raw", s => s),
        ("JSON", Json),
        ("JSON, relaxed", RelaxedJson),
        ("JSON twice", s => Json(Json(s))),
        ("JSON relaxed, then JSON", s => Json(RelaxedJson(s))),
        ("URL", Uri.EscapeDataString),
        ("URL, lower-case hex", s => LowerHex(Uri.EscapeDataString(s))),
        ("form", WebUtility.UrlEncode),
        ("form inside JSON", s => Json(WebUtility.UrlEncode(s))),
        ("JSON inside a URL", s => Uri.EscapeDataString(Json(s))),
        ("XML", s => SecurityElement.Escape(s)),
        ("HTML", WebUtility.HtmlEncode),
        ("JSON inside XML", s => SecurityElement.Escape(Json(s))),
        ("XML inside JSON", s => Json(SecurityElement.Escape(s))),
    ];

    [Theory]
    [MemberData(nameof(Secrets))]
    public void Redact_SecretInAnyEscaping_IsReplacedByOneMask(string secret)
    {
        foreach (var (name, encode) in Escapings())
        {
            var text = $"before {encode(secret)} after";

            var redacted = SecretRedactor.Redact(text, [secret]);

            Assert.True(redacted == "before *** after", $"{name}: {text} -> {redacted}");
        }
    }

    [Theory]
    [MemberData(nameof(Secrets))]
    public void Redact_UserTokenPairEchoedInAJsonStringTwice_MasksThePair(string token)
    {
        var pair = "bob:" + token;
        var header = "Authenticate: Avala-Api " + pair + " was refused";
        var text = "{\"Message\":" + JsonSerializer.Serialize(JsonSerializer.Serialize(header)) + "}";

        var redacted = SecretRedactor.Redact(text, [token, pair]);

        Assert.Equal("{\"Message\":\"\\u0022Authenticate: Avala-Api *** was refused\\u0022\"}", redacted);
    }

    [Fact]
    public void Redact_SecretCutByAnExcerptEllipsis_MasksThePrefix()
    {
        // What a parser writes for a value it shortens to 64 characters: the secret's start, then "…".
        var secret = "tok-" + new string('z', 80);
        var message = $"'{secret[..64]}…' is not a date.";

        Assert.Equal("'***…' is not a date.", SecretRedactor.Redact(message, [secret]));
    }

    [Fact]
    public void Redact_DoublyEscapedJsonRequestWithoutConfiguredSecret_MasksThePasswordByKey()
    {
        // A JSON login request echoed inside a JSON string: the password's quote is escaped twice.
        var text = """{"Message":"Bad request: {\"user\":\"bob\",\"password\":\"hunter\\\"2\"}"}""";

        var redacted = SecretRedactor.Redact(text);

        Assert.Equal("""{"Message":"Bad request: {\"user\":\"bob\",\"password\":\"***\"}"}""", redacted);
    }

    [Fact]
    public void Redact_SecretStartingBeforeTheCutOfALongText_IsMaskedWhole()
    {
        var secret = "s\"cr<e>t-value";
        var text = new string('a', 95) + Json(Json(secret)) + new string('b', 10_000);

        var redacted = SecretRedactor.Redact(text, [secret], maxLength: 100);

        Assert.Equal(new string('a', 95) + "***…[truncated]", redacted);
    }

    private static string Json(string s) => JsonEncodedText.Encode(s).ToString();

    private static string RelaxedJson(string s) => JsonEncodedText.Encode(s, JavaScriptEncoder.UnsafeRelaxedJsonEscaping).ToString();

    private static string LowerHex(string escaped)
        => System.Text.RegularExpressions.Regex.Replace(escaped, "%[0-9A-F]{2}", m => m.Value.ToLowerInvariant());

    private static string[] Split(string text)
    {
        var items = new List<string>();
        for (var i = 0; i < text.Length; i++)
        {
            items.Add(char.IsHighSurrogate(text[i]) ? text.Substring(i++, 2) : text[i].ToString());
        }

        return [.. items];
    }
}
