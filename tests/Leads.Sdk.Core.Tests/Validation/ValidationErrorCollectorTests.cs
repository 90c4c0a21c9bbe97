using Leads.Sdk.Validation;

namespace Leads.Sdk.Core.Tests.Validation;

public class ValidationErrorCollectorTests
{
    [Fact]
    public void ThrowIfAny_NoErrors_DoesNotThrow()
    {
        var collector = new ValidationErrorCollector();

        collector.ThrowIfAny();

        Assert.False(collector.HasErrors);
        Assert.Empty(collector.Errors);
    }

    [Fact]
    public void ThrowIfAny_SeveralErrors_ThrowsWithAllOfThem()
    {
        var collector = new ValidationErrorCollector();
        collector.Add(ValidationPath.Named("Leads").Index(0), "Name", ValidationRules.Required, "Name is required.");
        collector.Add(new ValidationError("Leads[1].Email", ValidationRules.Pattern, "Email is bad."));

        var exception = Assert.Throws<LeadsValidationException>(collector.ThrowIfAny);

        Assert.Equal(["Leads[0].Name", "Leads[1].Email"], exception.Errors.Select(e => e.Path));
    }
}
