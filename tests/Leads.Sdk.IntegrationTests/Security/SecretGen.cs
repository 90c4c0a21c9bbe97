using FsCheck;
using FsCheck.Fluent;

namespace Leads.Sdk.IntegrationTests.Security;

/// <summary>Random credentials with the characters most likely to slip past redaction: quotes, markup, URL and JSON escapes, non-ASCII.</summary>
public static class SecretGen
{
    private const string Awkward = "abcdefghijkXYZ0123456789\"'<>&%+=;,/\\?#@!$*()[]{}| ~^`éß東京🚤";

    /// <summary>
    /// Samples of (user name, secret) pairs; user names never contain ':' (the options refuse it). Values sent in
    /// headers must be ASCII (the options refuse anything else), so <paramref name="asciiOnly"/> drops the rest.
    /// </summary>
    public static IReadOnlyList<(string User, string Secret)> Samples(int count, bool asciiOnly)
    {
        var alphabet = Split(Awkward).Where(c => !asciiOnly || System.Text.Ascii.IsValid(c)).ToArray();
        var pieces = Gen.Elements(alphabet).ArrayOf().Where(a => a.Length is >= 6 and <= 24).Select(a => string.Concat(a));
        var user = pieces.Select(p => "u" + p + "1");
        var secret = pieces.Select(p => "s" + p + "9");
        var pairs = user.Zip(secret, (u, s) => (u, s)).Sample(count);
        return [("o'neil \"<admin>\"", "p&ss<w>rd\"\\x"), ("user%2Fname", "tok+en/with=padding=="), .. pairs, .. asciiOnly ? [] : new[] { ("zoë 東京", "pässwörd🚤") }];
    }

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
