using Leads.Sdk.Core.Tests.TestSupport;

namespace Leads.Sdk.Core.Tests.Options;

/// <summary>A base address part that every request would silently drop is an options error naming BaseAddress.</summary>
public class BaseAddressValidationTests
{
    [Theory]
    [InlineData("https://api.example.test/v1/?tenant=7", "BaseAddress must not contain a query string; it would be dropped from every request.")]
    [InlineData("https://api.example.test/v1/?", "BaseAddress must not contain a query string; it would be dropped from every request.")]
    [InlineData("https://api.example.test/v1/#section", "BaseAddress must not contain a fragment (#...); it is never sent.")]
    [InlineData("https://bob:hunter2@api.example.test/v1/", "BaseAddress must not contain user info (user:password@); it is never sent, set the credentials options instead.")]
    public void Validate_BaseAddressWithAPartThatIsNeverSent_ReportsBaseAddress(string address, string expected)
    {
        var options = new TestOptions { BaseAddress = new Uri(address), UserName = "bob", Password = "hunter2-password" };

        Assert.Equal([expected], options.Validate());
    }

    [Theory]
    [InlineData("https://api.example.test")]
    [InlineData("https://api.example.test/v1")]
    [InlineData("https://api.example.test:8443/v1/")]
    public void Validate_PlainBaseAddress_ReturnsNoErrors(string address)
    {
        var options = new TestOptions { BaseAddress = new Uri(address), UserName = "bob", Password = "hunter2-password" };

        Assert.Empty(options.Validate());
    }
}
