namespace Leads.Sdk.Validation;

/// <summary>
/// One check of a present value. Each rule is its own small class holding its parameters, so running it is one virtual
/// call rather than a delegate that wraps the rule's delegate.
/// </summary>
/// <typeparam name="T">The type that holds the property.</typeparam>
/// <typeparam name="TProperty">The property's type.</typeparam>
/// <param name="rule">The rule name reported, one of <see cref="ValidationRules"/>.</param>
internal abstract class PropertyCheck<T, TProperty>(string rule)
{
    /// <summary>The rule name reported when the check fails.</summary>
    public string Rule { get; } = rule;

    /// <summary>Whether a present <paramref name="value"/> passes.</summary>
    public abstract bool IsValid(T owner, TProperty value);

    /// <summary>The message for a failing <paramref name="value"/>; built only when the check fails.</summary>
    public abstract string Message(TProperty value);
}
