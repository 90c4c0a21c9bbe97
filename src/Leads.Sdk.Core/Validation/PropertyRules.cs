using System.Collections;
using System.Runtime.CompilerServices;

namespace Leads.Sdk.Validation;

/// <summary>The rules of one property; add them with the fluent methods here and in <see cref="PropertyRulesExtensions"/>.</summary>
/// <typeparam name="T">The type that holds the property.</typeparam>
/// <typeparam name="TProperty">The property's type.</typeparam>
internal sealed class PropertyRules<T, TProperty> : IValidator<T>
{
    private readonly Presence _presence;

    // A present value runs _checks, a missing one _missingChecks, each in the order they were added. Splitting them keeps
    // the order of errors (a value is either present or missing) and skips Required/RequiredWhen for present values.
    private PropertyCheck<T, TProperty>[] _checks = [];
    private MissingCheck[] _missingChecks = [];

    internal PropertyRules(string name, Func<T, TProperty> getter)
    {
        Name = name;
        Getter = getter;
        _presence = PresenceOf(typeof(TProperty));
    }

    private enum Presence
    {
        /// <summary>Present when not null (numbers, enums, dates, sealed non-collection classes).</summary>
        NotNull,

        /// <summary>A string: present when not null, empty or white space.</summary>
        Text,

        /// <summary>The runtime type decides (a declared interface or base class may hold a string or a collection).</summary>
        ByRuntimeType,
    }

    /// <summary>The property name used in error paths and messages.</summary>
    public string Name { get; }

    /// <summary>Reads the property.</summary>
    internal Func<T, TProperty> Getter { get; }

    /// <summary>The value must be present: not null, not an empty or white-space string, not an empty collection.</summary>
    public PropertyRules<T, TProperty> Required()
    {
        _missingChecks = [.. _missingChecks, new MissingCheck(ValidationRules.Required, null, $"{Name} is required.")];
        return this;
    }

    /// <summary>The value must be present when <paramref name="condition"/> holds.</summary>
    /// <param name="condition">When the value is required.</param>
    /// <param name="conditionDescription">The condition in words, for the message (for example <c>IsCommunicationOptIn is true</c>).</param>
    public PropertyRules<T, TProperty> RequiredWhen(Func<T, bool> condition, string conditionDescription)
    {
        _missingChecks = [.. _missingChecks, new MissingCheck(ValidationRules.ConditionalRequired, condition, $"{Name} is required when {conditionDescription}.")];
        return this;
    }

    /// <summary>The value, when present, must be one of <paramref name="allowed"/>.</summary>
    /// <param name="allowed">The documented values.</param>
    public PropertyRules<T, TProperty> AllowedValues(params TProperty[] allowed)
        => AddCheck(new AllowedValuesCheck<T, TProperty>(Name, allowed));

    /// <summary>Adds a custom check of the value; it runs only when the value is present.</summary>
    /// <param name="rule">The rule name, one of <see cref="ValidationRules"/>.</param>
    /// <param name="isValid">Returns <see langword="true"/> when the value passes.</param>
    /// <param name="message">Builds the message from the failing value.</param>
    public PropertyRules<T, TProperty> Must(string rule, Func<TProperty, bool> isValid, Func<TProperty, string> message)
    {
        ArgumentNullException.ThrowIfNull(isValid);
        return AddCheck(new MustCheck<T, TProperty>(rule, isValid, message));
    }

    /// <summary>Adds a custom check that can read the owning object; it runs only when the value is present.</summary>
    /// <param name="rule">The rule name, one of <see cref="ValidationRules"/>.</param>
    /// <param name="isValid">Returns <see langword="true"/> when the value passes.</param>
    /// <param name="message">Builds the message from the failing value.</param>
    public PropertyRules<T, TProperty> Must(string rule, Func<T, TProperty, bool> isValid, Func<TProperty, string> message)
        => AddCheck(new OwnerMustCheck<T, TProperty>(rule, isValid, message));

    /// <inheritdoc/>
    public void Validate(T instance, ValidationPath path, ValidationErrorCollector errors)
    {
        var value = Getter(instance);
        if (IsPresent(value))
        {
            var checks = _checks;
            for (var i = 0; i < checks.Length; i++)
            {
                var check = checks[i];
                if (!check.IsValid(instance, value))
                {
                    errors.Add(path, Name, check.Rule, check.Message(value));
                }
            }
        }
        else
        {
            var missingChecks = _missingChecks;
            for (var i = 0; i < missingChecks.Length; i++)
            {
                var check = missingChecks[i];
                if (check.Condition is null || check.Condition(instance))
                {
                    errors.Add(path, Name, check.Rule, check.Message);
                }
            }
        }
    }

    internal PropertyRules<T, TProperty> AddCheck(PropertyCheck<T, TProperty> check)
    {
        _checks = [.. _checks, check];
        return this;
    }

    private bool IsPresent(TProperty value)
    {
        if (value is null)
        {
            return false;
        }

        return _presence switch
        {
            Presence.NotNull => true,
            Presence.Text => !string.IsNullOrWhiteSpace(Unsafe.As<TProperty, string>(ref value)),
            _ => value switch
            {
                string text => !string.IsNullOrWhiteSpace(text),
                ICollection collection => collection.Count > 0,
                _ => true,
            },
        };
    }

    // Decided once per property from the declared type, so enums and numbers skip the type tests (which box a value type).
    private static Presence PresenceOf(Type type)
    {
        if (type == typeof(string))
        {
            return Presence.Text;
        }

        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (typeof(ICollection).IsAssignableFrom(underlying))
        {
            return Presence.ByRuntimeType;
        }

        return type.IsValueType || type.IsSealed ? Presence.NotNull : Presence.ByRuntimeType;
    }

    /// <summary>A rule that only a missing value can break: Required (no condition) or RequiredWhen.</summary>
    private readonly record struct MissingCheck(string Rule, Func<T, bool>? Condition, string Message);
}
