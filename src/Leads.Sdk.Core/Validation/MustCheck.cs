namespace Leads.Sdk.Validation;

/// <summary>A custom check of the value alone.</summary>
internal sealed class MustCheck<T, TProperty>(string rule, Func<TProperty, bool> isValid, Func<TProperty, string> message) : PropertyCheck<T, TProperty>(rule)
{
    public override bool IsValid(T owner, TProperty value) => isValid(value);

    public override string Message(TProperty value) => message(value);
}
