namespace Leads.Sdk.Validation;

/// <summary>A custom check that reads the owning object too.</summary>
internal sealed class OwnerMustCheck<T, TProperty>(string rule, Func<T, TProperty, bool> isValid, Func<TProperty, string> message) : PropertyCheck<T, TProperty>(rule)
{
    public override bool IsValid(T owner, TProperty value) => isValid(owner, value);

    public override string Message(TProperty value) => message(value);
}
