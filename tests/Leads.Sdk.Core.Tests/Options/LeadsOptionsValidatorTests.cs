using Leads.Sdk.Core.Tests.TestSupport;

namespace Leads.Sdk.Core.Tests.Options;

public class LeadsOptionsValidatorTests
{
    [Fact]
    public void Validate_InvalidNamedOptions_FailsNamingTypeNameAndOption()
    {
        var result = new LeadsOptionsValidator<TestOptions>().Validate("eu", new TestOptions { BaseAddress = new Uri("https://x.test/"), UserName = "u" });

        Assert.True(result.Failed);
        Assert.Equal(["TestOptions 'eu': Password is required."], result.Failures);
    }

    [Fact]
    public void Validate_ValidOptions_Succeeds()
        => Assert.True(new LeadsOptionsValidator<TestOptions>().Validate(null, new TestOptions { BaseAddress = new Uri("https://x.test/"), UserName = "u", Password = "p" }).Succeeded);
}
