namespace Leads.Sdk.Validation;

/// <summary>
/// A documented schema described once: per property, the rules the API's documentation states.
/// Build it once (it is immutable in use and thread-safe to run) and reuse it.
/// </summary>
/// <typeparam name="T">The type validated.</typeparam>
/// <example>
/// <code>
/// var dealer = new Validator&lt;Dealer&gt;();
/// dealer.RuleFor("DealerNumber", d =&gt; d.DealerNumber).Required().MaxLength(50);
/// </code>
/// </example>
internal sealed class Validator<T> : IValidator<T>
{
    private readonly List<IValidator<T>> _rules = [];

    /// <summary>Starts the rules of one property.</summary>
    /// <typeparam name="TProperty">The property's type.</typeparam>
    /// <param name="name">The property name as it appears in error paths (the model's name).</param>
    /// <param name="getter">Reads the property.</param>
    public PropertyRules<T, TProperty> RuleFor<TProperty>(string name, Func<T, TProperty> getter)
    {
        var rules = new PropertyRules<T, TProperty>(name, getter);
        _rules.Add(rules);
        return rules;
    }

    /// <summary>Validates each element of a collection property with another validator.</summary>
    /// <typeparam name="TItem">The element type.</typeparam>
    /// <param name="name">The collection's property name.</param>
    /// <param name="getter">Reads the collection; null is skipped (use <see cref="RuleFor{TProperty}"/> with Required to demand it).</param>
    /// <param name="itemValidator">Validates one element.</param>
    public Validator<T> ForEach<TItem>(string name, Func<T, IEnumerable<TItem>?> getter, IValidator<TItem> itemValidator)
    {
        _rules.Add(new EachRule<TItem>(name, getter, itemValidator));
        return this;
    }

    /// <summary>Validates a nested object property with another validator, when it is set.</summary>
    /// <typeparam name="TChild">The nested type.</typeparam>
    /// <param name="name">The property name.</param>
    /// <param name="getter">Reads the nested object.</param>
    /// <param name="childValidator">Validates it.</param>
    public Validator<T> ForObject<TChild>(string name, Func<T, TChild?> getter, IValidator<TChild> childValidator)
        where TChild : class
    {
        _rules.Add(new ChildRule<TChild>(name, getter, childValidator));
        return this;
    }

    /// <summary>Adds a rule over the whole object, for checks that involve several properties.</summary>
    /// <param name="property">The property the error is reported on.</param>
    /// <param name="rule">The rule name, one of <see cref="ValidationRules"/>.</param>
    /// <param name="isValid">Returns <see langword="true"/> when the object passes.</param>
    /// <param name="message">The message reported when it does not.</param>
    public Validator<T> Must(string property, string rule, Func<T, bool> isValid, string message)
    {
        _rules.Add(new ObjectRule(property, rule, isValid, message));
        return this;
    }

    /// <inheritdoc/>
    public void Validate(T instance, ValidationPath path, ValidationErrorCollector errors)
    {
        foreach (var rule in _rules)
        {
            rule.Validate(instance, path, errors);
        }
    }

    /// <summary>Validates one object and returns every error found.</summary>
    /// <param name="instance">The object.</param>
    /// <param name="path">The path to report errors under; the root when omitted.</param>
    public IReadOnlyList<ValidationError> FindErrors(T instance, ValidationPath? path = null)
    {
        var errors = new ValidationErrorCollector();
        Validate(instance, path ?? ValidationPath.Root, errors);
        return errors.Errors;
    }

    private sealed class EachRule<TItem>(string name, Func<T, IEnumerable<TItem>?> getter, IValidator<TItem> itemValidator) : IValidator<T>
    {
        public void Validate(T instance, ValidationPath path, ValidationErrorCollector errors)
        {
            if (getter(instance) is not { } items)
            {
                return;
            }

            var listPath = path.Property(name);
            var index = 0;
            foreach (var item in items)
            {
                var itemPath = listPath.Index(index++);
                if (item is null)
                {
                    errors.Add(new ValidationError(itemPath.ToString(), ValidationRules.Required, $"{name} must not contain null elements."));
                }
                else
                {
                    itemValidator.Validate(item, itemPath, errors);
                }
            }
        }
    }

    private sealed class ChildRule<TChild>(string name, Func<T, TChild?> getter, IValidator<TChild> childValidator) : IValidator<T>
        where TChild : class
    {
        public void Validate(T instance, ValidationPath path, ValidationErrorCollector errors)
        {
            if (getter(instance) is { } child)
            {
                childValidator.Validate(child, path.Property(name), errors);
            }
        }
    }

    private sealed class ObjectRule(string property, string rule, Func<T, bool> isValid, string message) : IValidator<T>
    {
        public void Validate(T instance, ValidationPath path, ValidationErrorCollector errors)
        {
            if (!isValid(instance))
            {
                errors.Add(path, property, rule, message);
            }
        }
    }
}
