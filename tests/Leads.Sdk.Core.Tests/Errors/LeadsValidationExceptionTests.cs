using Leads.Sdk.Core.Tests.Validation;
using Leads.Sdk.Validation;

namespace Leads.Sdk.Core.Tests.Errors;

public class LeadsValidationExceptionTests
{
    [Fact]
    public void Message_SeveralErrors_ListsEachWithPathAndRule()
    {
        var exception = new LeadsValidationException(
        [
            new ValidationError("Leads[3].Dealers[0].DealerNumber", ValidationRules.Required, "DealerNumber is required."),
            new ValidationError("Leads[4].Email", ValidationRules.MaxLength, "Email must be at most 100 characters (was 120)."),
        ]);

        Assert.StartsWith("Validation failed with 2 error(s); nothing was sent:", exception.Message, StringComparison.Ordinal);
        Assert.Contains("Leads[3].Dealers[0].DealerNumber: DealerNumber is required. [required]", exception.Message, StringComparison.Ordinal);
        Assert.Contains("Leads[4].Email: Email must be at most 100 characters (was 120). [max-length]", exception.Message, StringComparison.Ordinal);
        Assert.Equal(2, exception.Errors.Count);
    }

    [Fact]
    public void Message_ManyErrors_ShowsTenAndCountsTheRest()
    {
        var errors = Enumerable.Range(0, 13).Select(i => new ValidationError($"Leads[{i}].Name", ValidationRules.Required, "Name is required.")).ToList();

        var exception = new LeadsValidationException(errors);

        Assert.Contains("Leads[9].Name", exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Leads[10].Name", exception.Message, StringComparison.Ordinal);
        Assert.Contains("… and 3 more", exception.Message, StringComparison.Ordinal);
        Assert.Equal(13, exception.Errors.Count);
    }

    [Fact]
    public void Validator_ThrowIfAny_ReportsEveryErrorNotJustFirst()
    {
        var validator = new Validator<DealerInput>();
        validator.RuleFor("DealerNumber", d => d.DealerNumber).Required().MaxLength(3).Must(ValidationRules.Pattern, v => !v!.Contains(' ', StringComparison.Ordinal), _ => "no spaces");
        var collector = new ValidationErrorCollector();
        validator.Validate(new DealerInput { DealerNumber = "a b c d" }, ValidationPath.Root, collector);

        var exception = Assert.Throws<LeadsValidationException>(collector.ThrowIfAny);

        Assert.Equal([ValidationRules.MaxLength, ValidationRules.Pattern], exception.Errors.Select(e => e.Rule));
    }
}
