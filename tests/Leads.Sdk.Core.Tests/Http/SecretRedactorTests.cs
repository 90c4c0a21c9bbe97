using Leads.Sdk.Http;

namespace Leads.Sdk.Core.Tests.Http;

public class SecretRedactorTests
{
    [Fact]
    public void Redact_ConfiguredSecret_MasksEveryOccurrence()
    {
        var redacted = SecretRedactor.Redact("error for s3cr3t-value; again s3cr3t-value", ["s3cr3t-value", null, ""]);

        Assert.Equal("error for ***; again ***", redacted);
    }

    [Fact]
    public void Redact_ShortSecret_IsNotMaskedEverywhere()
        => Assert.Equal("abc abc", SecretRedactor.Redact("abc abc", ["abc"]));

    [Theory]
    [InlineData("{\"user\":\"bob\",\"password\":\"hunter2\"}", "{\"user\":\"bob\",\"password\":\"***\"}")]
    [InlineData("{\"Password\" : \"a\\\"b\"}", "{\"Password\" : \"***\"}")]
    [InlineData("{\"token\":\"eyJabc.def\"}", "{\"token\":\"***\"}")]
    [InlineData("{\"access_token\":\"xyz\",\"expires_in\":3600}", "{\"access_token\":\"***\",\"expires_in\":3600}")]
    [InlineData("{\"apiKey\":\"k-123\"}", "{\"apiKey\":\"***\"}")]
    public void Redact_JsonSecretKey_MasksValue(string text, string expected)
        => Assert.Equal(expected, SecretRedactor.Redact(text));

    [Theory]
    [InlineData("<login><user>bob</user><password>hunter2</password></login>", "<login><user>bob</user><password>***</password></login>")]
    [InlineData("<Password type=\"x\">hunter2</Password>", "<Password type=\"x\">***</Password>")]
    [InlineData("<login user=\"bob\" password=\"hunter2\"/>", "<login user=\"bob\" password=\"***\"/>")]
    [InlineData("<login password='hunter2'/>", "<login password='***'/>")]
    [InlineData("<login password=\"it's-secret\" a=\"1\"/>", "<login password=\"***\" a=\"1\"/>")]
    [InlineData("<login password='say \"hi\"'/>", "<login password='***'/>")]
    public void Redact_XmlPassword_MasksValue(string text, string expected)
        => Assert.Equal(expected, SecretRedactor.Redact(text));

    [Theory]
    [InlineData("user=bob&password=hunter2&x=1", "user=bob&password=***&x=1")]
    [InlineData("password=hunter2", "password=***")]
    [InlineData("GET /contacts?token=abc123&page=2", "GET /contacts?token=***&page=2")]
    public void Redact_FormSecret_MasksValue(string text, string expected)
        => Assert.Equal(expected, SecretRedactor.Redact(text));

    [Theory]
    [InlineData("Authenticate: Avala-Api bob:tok3n", "Authenticate: Avala-Api ***")]
    [InlineData("Authorization: Bearer eyJhbGciOi.abc.def", "Authorization: Bearer ***")]
    [InlineData("{\"header\":\"Bearer abc\"}", "{\"header\":\"Bearer ***\"}")]
    public void Redact_AuthorizationScheme_MasksCredentials(string text, string expected)
        => Assert.Equal(expected, SecretRedactor.Redact(text));

    [Fact]
    public void Redact_LongText_IsCutAtLimit()
    {
        var redacted = SecretRedactor.Redact(new string('x', 100), maxLength: 10)!;

        Assert.Equal(new string('x', 10) + "…[truncated]", redacted);
    }

    [Fact]
    public void Redact_DefaultLimit_CutsAt4096()
    {
        var redacted = SecretRedactor.Redact(new string('x', 10_000))!;

        Assert.StartsWith(new string('x', SecretRedactor.DefaultExcerptLength) + "…", redacted, StringComparison.Ordinal);
        Assert.Equal(SecretRedactor.DefaultExcerptLength + "…[truncated]".Length, redacted.Length);
    }

    [Fact]
    public void Redact_SecretAcrossCut_IsMaskedBeforeCutting()
    {
        // Cut first, the excerpt would end "abcdef hun…[truncated]": a piece of the secret no mask can recognise.
        var redacted = SecretRedactor.Redact("abcdef hunter2-long", ["hunter2-long"], maxLength: 10);

        Assert.Equal("abcdef ***", redacted);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Redact_NullOrEmpty_ReturnsIt(string? text)
        => Assert.Equal(text, SecretRedactor.Redact(text));

    [Fact]
    public void Redact_NoSecret_LeavesTextAlone()
        => Assert.Equal("{\"error\":\"lead rejected\",\"code\":42}", SecretRedactor.Redact("{\"error\":\"lead rejected\",\"code\":42}"));
}
