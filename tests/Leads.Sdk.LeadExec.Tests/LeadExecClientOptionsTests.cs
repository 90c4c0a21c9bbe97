using Leads.Sdk.LeadExec.Models;

namespace Leads.Sdk.LeadExec.Tests;

public sealed class LeadExecClientOptionsTests
{
    [Fact]
    public void Constructor_Defaults_PointAtTheDocumentedHost()
    {
        var options = new LeadExecClientOptions();

        Assert.Equal(new Uri("https://leads.leadexec.net/"), options.BaseAddress);
        Assert.Equal(LeadExecEncoding.Json, options.DefaultEncoding);
        Assert.Empty(options.Validate());
    }

    [Fact]
    public void ToString_WithSecrets_NeverPrintsThem()
    {
        var options = new LeadExecClientOptions { Password = "p4ss", AccessToken = "t0ken" };
        var credentials = new LeadExecCredentials { Password = "p4ss", AccessToken = "t0ken" };

        Assert.DoesNotContain("p4ss", options.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("t0ken", options.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("p4ss", credentials.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("t0ken", credentials.ToString(), StringComparison.Ordinal);
        Assert.Equal(["p4ss", "t0ken"], options.GetSecrets());
    }

    [Fact]
    public void Validate_BadValues_NamesEachOption()
    {
        var options = new LeadExecClientOptions { VendorId = 0, SendDelay = TimeSpan.FromHours(-1), Password = "a\nb", DefaultReturnUrl = new Uri("/relative", UriKind.Relative) };

        var errors = options.Validate();

        Assert.Equal(4, errors.Count);
        Assert.Contains(errors, e => e.StartsWith("VendorId", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("SendDelay", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("Password", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("DefaultReturnUrl", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_SendDelayNotWholeHours_NamesIt()
    {
        var options = new LeadExecClientOptions { VendorId = 1, LeadTypeId = 1, SendDelay = TimeSpan.FromMinutes(30) };

        var error = Assert.Single(options.Validate());

        Assert.StartsWith("SendDelay must be 0 or more whole hours", error, StringComparison.Ordinal);
    }
}
