using Leads.Sdk.Http;

namespace Leads.Sdk.Core.Tests.Http;

public class LeadsAccessTokenTests
{
    [Fact]
    public void ToString_Token_NeverPrintsValue()
    {
        var token = new LeadsAccessToken("super-secret-token", new DateTimeOffset(2030, 1, 2, 3, 4, 5, TimeSpan.Zero));

        var text = token.ToString();

        Assert.DoesNotContain("super-secret-token", text, StringComparison.Ordinal);
        Assert.Contains(SecretRedactor.Mask, text, StringComparison.Ordinal);
        Assert.Contains("2030-01-02T03:04:05", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_NullValue_Throws()
        => Assert.Throws<ArgumentNullException>(() => new LeadsAccessToken(null!, null));
}
