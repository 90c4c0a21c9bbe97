namespace Leads.Sdk.Aimbase.Tests;

public sealed class AimbaseClientOptionsTests
{
    [Fact]
    public void ToString_WithCredentials_DoesNotPrintTheToken()
    {
        var options = TestData.Options();

        Assert.DoesNotContain(TestData.Token, options.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void GetSecrets_ReturnsTheApiToken()
    {
        Assert.Contains(TestData.Token, TestData.Options().GetSecrets());
    }

    [Theory]
    [InlineData("user:name", "token", "Username must not contain ':'.")]
    [InlineData("user", "tok\r\nen", "ApiToken must not contain CR, LF or other control characters.")]
    [InlineData(null, "token", "Username is required.")]
    [InlineData("user", " ", "ApiToken is required.")]
    public void Validate_BadCredentials_ReportsTheProblem(string? username, string? token, string expected)
    {
        var options = TestData.Options();
        options.Username = username;
        options.ApiToken = token;

        Assert.Contains(expected, options.Validate());
    }

    [Fact]
    public void Validate_UndefinedFormat_ReportsIt()
    {
        var options = TestData.Options();
        options.Format = (AimbaseWireFormat)7;

        Assert.Contains("Format must be Json or Xml.", options.Validate());
    }
}
