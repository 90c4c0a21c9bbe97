using System.Collections;

namespace Leads.Sdk.Validation;

/// <summary>The rules of one property; add them with the fluent methods here and in <see cref="PropertyRulesExtensions"/>.</summary>
/// <typeparam name="T">The type that holds the property.</typeparam>
/// <typeparam name="TProperty">The property's type.</typeparam>
public sealed class PropertyRules<T, TProperty> : IValidator<T>
{
    // Whether a present value can still be an empty string or collection; known per type, so enums and numbers skip
    // the type tests in IsPresent (which box a value type).
    private static readonly bool MayBeTextOrCollection =
        !typeof(TProperty).IsValueType || typeof(ICollection).IsAssignableFrom(Nullable.GetUnderlyingType(typeof(TProperty)) ?? typeof(TProperty));

    private readonly Func<T, TProperty> _getter;
    private readonly List<Check> _checks = [];

    internal PropertyRules(string name, Func<T, TProperty> getter)
    {
        Name = name;
        _getter = getter;
    }

    /// <summary>The property name used in error paths and messages.</summary>
    public string Name { get; }

    /// <summary>The value must be present: not null, not an empty or white-space string, not an empty collection.</summary>
    public PropertyRules<T, TProperty> Required()
        => AddCheck(ValidationRules.Required, (_, value) => IsPresent(value), _ => $"{Name} is required.", checksMissing: true);

    /// <summary>The value must be present when <paramref name="condition"/> holds.</summary>
    /// <param name="condition">When the value is required.</param>
    /// <param name="conditionDescription">The condition in words, for the message (for example <c>IsCommunicationOptIn is true</c>).</param>
    public PropertyRules<T, TProperty> RequiredWhen(Func<T, bool> condition, string conditionDescription)
        => AddCheck(
            ValidationRules.ConditionalRequired,
            (owner, value) => !condition(owner) || IsPresent(value),
            _ => $"{Name} is required when {conditionDescription}.",
            checksMissing: true);

    /// <summary>The value, when present, must be one of <paramref name="allowed"/>.</summary>
    /// <param name="allowed">The documented values.</param>
    public PropertyRules<T, TProperty> AllowedValues(params TProperty[] allowed)
    {
        var set = new HashSet<TProperty>(allowed);
        var list = string.Join(", ", allowed);
        return AddCheck(ValidationRules.AllowedValues, (_, value) => set.Contains(value), value => $"{Name} must be one of {list} (was '{value}').");
    }

    /// <summary>Adds a custom check of the value; it runs only when the value is present.</summary>
    /// <param name="rule">The rule name, one of <see cref="ValidationRules"/>.</param>
    /// <param name="isValid">Returns <see langword="true"/> when the value passes.</param>
    /// <param name="message">Builds the message from the failing value.</param>
    public PropertyRules<T, TProperty> Must(string rule, Func<TProperty, bool> isValid, Func<TProperty, string> message)
    {
        ArgumentNullException.ThrowIfNull(isValid);
        return AddCheck(rule, (_, value) => isValid(value), message);
    }

    /// <summary>Adds a custom check that can read the owning object; it runs only when the value is present.</summary>
    /// <param name="rule">The rule name, one of <see cref="ValidationRules"/>.</param>
    /// <param name="isValid">Returns <see langword="true"/> when the value passes.</param>
    /// <param name="message">Builds the message from the failing value.</param>
    public PropertyRules<T, TProperty> Must(string rule, Func<T, TProperty, bool> isValid, Func<TProperty, string> message)
        => AddCheck(rule, isValid, message);

    /// <inheritdoc/>
    public void Validate(T instance, ValidationPath path, ValidationErrorCollector errors)
    {
        var value = _getter(instance);
        var present = IsPresent(value);
        foreach (var check in _checks)
        {
            if ((present || check.ChecksMissing) && !check.IsValid(instance, value))
            {
                errors.Add(path, Name, check.Rule, check.Message(value));
            }
        }
    }

    internal static bool IsPresent(TProperty value)
    {
        if (value is null)
        {
            return false;
        }

        if (!MayBeTextOrCollection)
        {
            return true;
        }

        return value switch
        {
            string text => !string.IsNullOrWhiteSpace(text),
            ICollection collection => collection.Count > 0,
            _ => true,
        };
    }

    private PropertyRules<T, TProperty> AddCheck(string rule, Func<T, TProperty, bool> isValid, Func<TProperty, string> message, bool checksMissing = false)
    {
        _checks.Add(new Check(rule, isValid, message, checksMissing));
        return this;
    }

    private sealed record Check(string Rule, Func<T, TProperty, bool> IsValid, Func<TProperty, string> Message, bool ChecksMissing);
}
