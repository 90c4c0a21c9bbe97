using Leads.Sdk.CrmApi.Models;
using Leads.Sdk.Validation;

namespace Leads.Sdk.CrmApi.Validation;

/// <summary>An identifier object must set exactly one of its documented keys.</summary>
internal sealed class IdentifierValidator : IValidator<CrmIdentifier>
{
    public static readonly IdentifierValidator Instance = new();

    public void Validate(CrmIdentifier instance, ValidationPath path, ValidationErrorCollector errors)
    {
        var count = instance.SetKeyCount;
        if (count != 1)
        {
            var found = count == 0 ? "none is set" : $"{count} are set";
            errors.Add(new ValidationError(path.ToString(), ValidationRules.ExactlyOne, $"{path} must set exactly one of {instance.AllowedKeys} ({found})."));
        }
    }
}
