namespace Leads.Sdk.Validation;

/// <summary>Collects every validation error found, so callers see all of them at once.</summary>
internal sealed class ValidationErrorCollector
{
    private List<ValidationError>? _errors;

    /// <summary>Whether any error was added.</summary>
    public bool HasErrors => _errors is { Count: > 0 };

    /// <summary>The errors added so far, in the order they were found.</summary>
    public IReadOnlyList<ValidationError> Errors => (IReadOnlyList<ValidationError>?)_errors ?? Array.Empty<ValidationError>();

    /// <summary>Adds an error for a property below <paramref name="parent"/>.</summary>
    /// <param name="parent">The path of the object that holds the property.</param>
    /// <param name="property">The property's name.</param>
    /// <param name="rule">The broken rule, one of <see cref="ValidationRules"/>.</param>
    /// <param name="message">A sentence naming the field and the rule.</param>
    public void Add(ValidationPath parent, string property, string rule, string message)
    {
        ArgumentNullException.ThrowIfNull(parent);
        Add(new ValidationError(parent.Describe(property), rule, message));
    }

    /// <summary>Adds an error.</summary>
    /// <param name="error">The error.</param>
    public void Add(ValidationError error) => (_errors ??= []).Add(error);

    /// <summary>Throws <see cref="LeadsValidationException"/> with every error, if there is any.</summary>
    public void ThrowIfAny()
    {
        if (HasErrors)
        {
            throw new LeadsValidationException(Errors);
        }
    }
}
