namespace Leads.Sdk.Validation;

/// <summary>A value must be one of a documented set.</summary>
internal sealed class AllowedValuesCheck<T, TProperty>(string name, TProperty[] allowed) : PropertyCheck<T, TProperty>(ValidationRules.AllowedValues)
{
    private readonly HashSet<TProperty> _set = new(allowed);
    private readonly string _list = string.Join(", ", allowed);

    public override bool IsValid(T owner, TProperty value) => _set.Contains(value);

    public override string Message(TProperty value) => $"{name} must be one of {_list} (was '{value}').";
}
