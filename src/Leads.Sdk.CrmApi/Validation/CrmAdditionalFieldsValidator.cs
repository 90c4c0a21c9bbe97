using System.Text.Json.Nodes;
using Leads.Sdk.CrmApi.Serialization;
using Leads.Sdk.Validation;

namespace Leads.Sdk.CrmApi.Validation;

/// <summary>
/// An additional field must not repeat a name the model writes (or the token's): the server would get the member
/// twice and keep whichever its parser likes. The names come from the model's own serialization metadata, the same
/// names <see cref="CrmApiWireNames"/> and the property attributes give the wire.
/// </summary>
internal sealed class CrmAdditionalFieldsValidator : IValidator<IDictionary<string, JsonNode?>>
{
    public static readonly CrmAdditionalFieldsValidator Instance = new();

    private static readonly HashSet<string> ModelNames =
        [.. CrmApiJsonContext.Default.CrmCreateLeadRequest.Properties.Select(p => p.Name), CrmApiWireNames.Token];

    public void Validate(IDictionary<string, JsonNode?> instance, ValidationPath path, ValidationErrorCollector errors)
    {
        foreach (var name in instance.Keys)
        {
            if (ModelNames.Contains(name))
            {
                var field = $"{path}[{name}]";
                errors.Add(new ValidationError(
                    field,
                    ValidationRules.AllowedValues,
                    $"{field} names a field the model already writes; set the model's property instead."));
            }
        }
    }
}
