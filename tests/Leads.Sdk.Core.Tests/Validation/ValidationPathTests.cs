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

    [Fact]
    public void RentElement_MovedAlong_DescribesTheCurrentElement()
    {
        var element = ValidationPath.RentElement(ValidationPath.Named("Leads").Index(3), "Dealers", 0);

        element.MoveTo(2);

        Assert.Equal("Leads[3].Dealers[2].DealerNumber", element.Describe("DealerNumber"));
        ValidationPath.ReturnElement(element);
    }

    [Fact]
    public void RentElement_AfterReturn_DescribesTheNewCollection()
    {
        var first = ValidationPath.RentElement(ValidationPath.Named("Leads").Index(0), "Dealers", 4);
        ValidationPath.ReturnElement(first);

        var second = ValidationPath.RentElement(ValidationPath.Named("Leads").Index(1), "Products", 0);

        Assert.Same(first, second);
        Assert.Equal("Leads[1].Products[0]", second.ToString());
        ValidationPath.ReturnElement(second);
    }
}
