using Leads.Sdk.CrmApi.Models;
using Leads.Sdk.CrmApi.Validation;
using Leads.Sdk.Validation;

namespace Leads.Sdk.CrmApi.Tests.Validation;

public sealed class CrmCreateLeadRequestValidatorTests
{
    private static IReadOnlyList<ValidationError> Errors(CrmCreateLeadRequest request) => CrmCreateLeadRequestValidator.Instance.FindErrors(request);

    private static void AssertError(IReadOnlyList<ValidationError> errors, string path, string rule)
        => Assert.Contains(errors, e => e.Path == path && e.Rule == rule);

    [Fact]
    public void Validate_MinimalRequest_HasNoErrors()
        => Assert.Empty(Errors(Requests.Minimal()));

    [Fact]
    public void Validate_EmptyRequest_ReportsEveryMandatoryFieldAtOnce()
    {
        var errors = Errors(new CrmCreateLeadRequest());

        Assert.Equal(["Importance", "Priority", "Type", "ContactInformation", "Source"], errors.Select(e => e.Path));
        Assert.Equal(
            [ValidationRules.Required, ValidationRules.Required, ValidationRules.Required, ValidationRules.ConditionalRequired, ValidationRules.ConditionalRequired],
            errors.Select(e => e.Rule));
    }

    [Fact]
    public void Validate_InferredNameFieldsMissingButAdditionalFieldsSet_LeavesThemToTheServer()
    {
        var request = Requests.Minimal();
        request.ContactInformation = null;
        request.Source = null;
        request.AdditionalFields["contact_information"] = new System.Text.Json.Nodes.JsonObject { ["id"] = "C1" };
        request.AdditionalFields["lead_source"] = new System.Text.Json.Nodes.JsonObject { ["type"] = "WEBSITE" };

        Assert.Empty(Errors(request));
    }

    [Fact]
    public void Validate_IdentifiersWithNoneOrTwoKeys_ReportsExactlyOneWithPaths()
    {
        var request = Requests.Minimal();
        request.Type = new CrmEntityIdentifier();
        request.ContactInformation = new CrmContactInformationIdentifier { Id = "C1", PassportNumber = "P1" };
        request.LeadOwner = new CrmUserIdentifier { Id = "U1", Username = "u" };
        request.Products = [new CrmLeadProduct(CrmProductIdentifier.ByCode("P1")), new CrmLeadProduct(new CrmProductIdentifier { Code = "P2", Id = "2" }), new CrmLeadProduct()];
        request.Source = new CrmLeadSource { Type = CrmLeadSourceType.RecommendedByContact, RecommendedByContact = new CrmContactInformationIdentifier() };

        var errors = Errors(request);

        AssertError(errors, "Type", ValidationRules.ExactlyOne);
        AssertError(errors, "ContactInformation", ValidationRules.ExactlyOne);
        AssertError(errors, "LeadOwner", ValidationRules.ExactlyOne);
        AssertError(errors, "Products[1].Product", ValidationRules.ExactlyOne);
        AssertError(errors, "Products[2].Product", ValidationRules.Required);
        AssertError(errors, "Source.RecommendedByContact", ValidationRules.ExactlyOne);
        Assert.DoesNotContain(errors, e => e.Path == "Products[0].Product");
        Assert.Equal(6, errors.Count);
    }

    [Theory]
    [InlineData(-0.01, false)]
    [InlineData(0, true)]
    [InlineData(100, true)]
    [InlineData(100.01, false)]
    public void Validate_ProbabilityToWin_MustBeFrom0To100(double probability, bool valid)
    {
        var request = Requests.Minimal();
        request.ProbabilityToWin = (decimal)probability;

        Assert.Equal(valid, !Errors(request).Any(e => e.Path == "ProbabilityToWin" && e.Rule == ValidationRules.Range));
    }

    [Fact]
    public void Validate_NegativeTargetAmount_IsRefusedButZeroIsAllowed()
    {
        var request = Requests.Minimal();
        request.TargetAmount = -1m;
        AssertError(Errors(request), "TargetAmount", ValidationRules.Range);

        request.TargetAmount = 0m;
        Assert.Empty(Errors(request));
    }

    [Fact]
    public void Validate_TimePeriodWithoutPositiveValueOrKnownUnit_ReportsBoth()
    {
        var request = Requests.Minimal();
        request.EstimatedCompletionTime = new CrmTimePeriod { Value = 0, Unit = (CrmTimePeriodUnit)99 };

        var errors = Errors(request);

        AssertError(errors, "EstimatedCompletionTime.Value", ValidationRules.Range);
        AssertError(errors, "EstimatedCompletionTime.Unit", ValidationRules.AllowedValues);

        request.EstimatedCompletionTime = new CrmTimePeriod();
        AssertError(Errors(request), "EstimatedCompletionTime.Value", ValidationRules.Required);
        AssertError(Errors(request), "EstimatedCompletionTime.Unit", ValidationRules.Required);
    }

    [Theory]
    [InlineData("maria@example.com", true)]
    [InlineData("maria.example.com", false)]
    [InlineData("maria@example", false)]
    [InlineData("ma ria@example.com", false)]
    public void Validate_ContactEmail_MustLookLikeAnAddress(string email, bool valid)
    {
        var request = Requests.Minimal();
        request.ContactEmail = email;

        Assert.Equal(valid, !Errors(request).Any(e => e.Path == "ContactEmail"));
    }

    [Theory]
    [InlineData(CrmLeadSourceType.Advertisement, true)]
    [InlineData(CrmLeadSourceType.Website, true)]
    [InlineData(CrmLeadSourceType.Other, true)]
    [InlineData(CrmLeadSourceType.Custom3, true)]
    [InlineData(CrmLeadSourceType.Communications, false)]
    public void Validate_SourceWithoutName_RequiredOnlyForFreeTextTypes(CrmLeadSourceType type, bool nameRequired)
    {
        var request = Requests.Minimal();
        request.Source = new CrmLeadSource { Type = type };

        Assert.Equal(nameRequired, Errors(request).Any(e => e.Path == "Source.Name" && e.Rule == ValidationRules.ConditionalRequired));
    }

    [Fact]
    public void Validate_UndefinedEnumsNonFiniteFloatAndBadFieldsSet_ReportsEach()
    {
        var request = Requests.Minimal();
        request.Importance = (CrmLeadImportance)42;
        request.Priority = (CrmLeadPriority)7;
        request.UdfFloat3 = double.NaN;
        request.FieldsSet = ["id", "number,id", " "];
        request.AssignedTo = new CrmLeadAssignment();

        var errors = Errors(request);

        AssertError(errors, "Importance", ValidationRules.AllowedValues);
        AssertError(errors, "Priority", ValidationRules.AllowedValues);
        AssertError(errors, "UdfFloat3", ValidationRules.Range);
        AssertError(errors, "FieldsSet", ValidationRules.Pattern);
        AssertError(errors, "AssignedTo.User", ValidationRules.Required);
        Assert.Equal(5, errors.Count);
    }
}
