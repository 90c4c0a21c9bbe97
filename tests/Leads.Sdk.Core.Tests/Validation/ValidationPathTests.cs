using Leads.Sdk.Validation;

namespace Leads.Sdk.Core.Tests.Validation;

public class ValidationPathTests
{
    [Fact]
    public void ToString_Root_IsEmpty()
        => Assert.Equal(string.Empty, ValidationPath.Root.ToString());

    [Fact]
    public void ToString_NestedSegments_JoinsWithDotsAndBrackets()
        => Assert.Equal("Leads[3].Dealers[0]", ValidationPath.Root.Property("Leads").Index(3).Property("Dealers").Index(0).ToString());

    [Fact]
    public void Describe_NestedPath_AppendsProperty()
        => Assert.Equal("Leads[3].Dealers[0].DealerNumber", ValidationPath.Named("Leads").Index(3).Property("Dealers").Index(0).Describe("DealerNumber"));

    [Fact]
    public void Describe_Root_IsPropertyName()
        => Assert.Equal("Name", ValidationPath.Root.Describe("Name"));
}
