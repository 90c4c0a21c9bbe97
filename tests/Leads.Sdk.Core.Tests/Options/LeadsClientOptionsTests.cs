using Leads.Sdk.Core.Tests.TestSupport;

namespace Leads.Sdk.Core.Tests.Options;

public class LeadsClientOptionsTests
{
    private static TestOptions Valid() => new()
    {
        BaseAddress = new Uri("https://api.example.test/v1/"),
        UserName = "bob",
        Password = "hunter2-password",
    };

    [Fact]
    public void Validate_ValidOptions_ReturnsNoErrors()
        => Assert.Empty(Valid().Validate());

    [Fact]
    public void Validate_HttpWithoutAllowInsecureHttp_ReportsBaseAddress()
    {
        var options = Valid();
        options.BaseAddress = new Uri("http://api.example.test/");

        var error = Assert.Single(options.Validate());

        Assert.Contains("BaseAddress must use https", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_HttpWithAllowInsecureHttp_ReturnsNoErrors()
    {
        var options = Valid();
        options.BaseAddress = new Uri("http://localhost:5000/");
        options.AllowInsecureHttp = true;

        Assert.Empty(options.Validate());
    }

    [Fact]
    public void Validate_RelativeUri_ReportsAbsoluteRequired()
    {
        var options = Valid();
        options.BaseAddress = new Uri("/api", UriKind.Relative);

        Assert.Equal("BaseAddress must be an absolute URI.", Assert.Single(options.Validate()));
    }

    [Fact]
    public void Validate_MissingBaseAddress_ReportsRequired()
    {
        var options = Valid();
        options.BaseAddress = null;

        Assert.Equal("BaseAddress is required.", Assert.Single(options.Validate()));
    }

    [Fact]
    public void Validate_OtherScheme_ReportsScheme()
    {
        var options = Valid();
        options.BaseAddress = new Uri("ftp://files.example.test/");

        Assert.Contains("http or https", Assert.Single(options.Validate()), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("tenant\r\nX-Injected: 1")]
    [InlineData("tenant\n")]
    [InlineData("tab\there")]
    public void Validate_ControlCharacterInHeaderValue_ReportsOption(string value)
    {
        var options = Valid();
        options.TenantHeader = value;

        Assert.Equal("TenantHeader must not contain CR, LF or other control characters.", Assert.Single(options.Validate()));
    }

    [Fact]
    public void Validate_MissingCredentialsAndBadResilience_ReportsEveryProblem()
    {
        var options = new TestOptions { BaseAddress = new Uri("https://x.test/"), MaxResponseBytes = 0 };
        options.Resilience.MaxRetryAttempts = -1;
        options.Resilience.AttemptTimeout = TimeSpan.Zero;
        options.Resilience.RetryDelay = TimeSpan.FromSeconds(-1);

        var errors = options.Validate();

        Assert.Equal(6, errors.Count);
        Assert.Contains("UserName is required.", errors);
        Assert.Contains("Password is required.", errors);
        Assert.Contains("MaxResponseBytes must be positive.", errors);
        Assert.Contains("Resilience timeouts must be positive.", errors);
        Assert.Contains("Resilience.MaxRetryAttempts must not be negative.", errors);
        Assert.Contains("Resilience delays must not be negative.", errors);
    }

    [Fact]
    public void ToString_OptionsWithSecret_NeverPrintsSecret()
    {
        var text = Valid().ToString();

        Assert.DoesNotContain("hunter2", text, StringComparison.Ordinal);
        Assert.Contains("TestOptions", text, StringComparison.Ordinal);
        Assert.Contains("https://api.example.test/v1/", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ToString_BaseAddressWithUserInfoOrQuery_NeverPrintsThem()
    {
        var options = Valid();
        options.BaseAddress = new Uri("https://bob:hunter2-password@api.example.test/v1/?token=abc123");

        var text = options.ToString();

        Assert.DoesNotContain("hunter2", text, StringComparison.Ordinal);
        Assert.DoesNotContain("abc123", text, StringComparison.Ordinal);
        Assert.Contains("https://api.example.test/v1/", text, StringComparison.Ordinal);
    }
}
