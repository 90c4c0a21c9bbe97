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
    private readonly List<Rule> _rules = [];

    // What Validate runs: the rules in order, with each stretch of text properties merged into one TextRun. Built on first
    // use and dropped when a rule or check is added.
    private Rule[]? _plan;

    /// <summary>Starts the rules of one property.</summary>
    /// <typeparam name="TProperty">The property's type.</typeparam>
    /// <param name="name">The property name as it appears in error paths (the model's name).</param>
    /// <param name="getter">Reads the property.</param>
    public PropertyRules<T, TProperty> RuleFor<TProperty>(string name, Func<T, TProperty> getter)
    {
        var rules = new PropertyRules<T, TProperty>(name, getter, Invalidate);
        Add(new PropertyRule<TProperty>(rules));
        return rules;
    }

    /// <summary>Validates each element of a collection property with another validator.</summary>
    /// <typeparam name="TItem">The element type.</typeparam>
    /// <param name="name">The collection's property name.</param>
    /// <param name="getter">Reads the collection; null is skipped (use <see cref="RuleFor{TProperty}"/> with Required to demand it).</param>
    /// <param name="itemValidator">Validates one element.</param>
    public Validator<T> ForEach<TItem>(string name, Func<T, IEnumerable<TItem>?> getter, IValidator<TItem> itemValidator)
    {
        Add(new EachRule<TItem>(name, getter, itemValidator));
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
        Add(new ChildRule<TChild>(name, getter, childValidator));
        return this;
    }

    /// <summary>Adds a rule over the whole object, for checks that involve several properties.</summary>
    /// <param name="property">The property the error is reported on.</param>
    /// <param name="rule">The rule name, one of <see cref="ValidationRules"/>.</param>
    /// <param name="isValid">Returns <see langword="true"/> when the object passes.</param>
    /// <param name="message">The message reported when it does not.</param>
    public Validator<T> Must(string property, string rule, Func<T, bool> isValid, string message)
    {
        Add(new ObjectRule(property, rule, isValid, message));
        return this;
    }

    /// <inheritdoc/>
    public void Validate(T instance, ValidationPath path, ValidationErrorCollector errors)
    {
        var plan = Volatile.Read(ref _plan) ?? BuildPlan();
        for (var i = 0; i < plan.Length; i++)
        {
            plan[i].Validate(instance, path, errors);
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

    private void Add(Rule rule)
    {
        _rules.Add(rule);
        Invalidate();
    }

    private void Invalidate() => Volatile.Write(ref _plan, null);

    private Rule[] BuildPlan()
    {
        var plan = new List<Rule>(_rules.Count);
        List<TextEntry>? text = null;
        foreach (var rule in _rules)
        {
            if (rule is PropertyRule<string?> textRule)
            {
                (text ??= []).Add(new TextEntry(textRule.Rules));
                continue;
            }

            if (text is not null)
            {
                plan.Add(new TextRun([.. text]));
                text = null;
            }

            plan.Add(rule);
        }

        if (text is not null)
        {
            plan.Add(new TextRun([.. text]));
        }

        var built = plan.ToArray();
        Volatile.Write(ref _plan, built);
        return built;
    }

    /// <summary>One step of validation; a class rather than <see cref="IValidator{T}"/> so the plan runs with virtual, not interface, calls.</summary>
    private abstract class Rule
    {
        public abstract void Validate(T instance, ValidationPath path, ValidationErrorCollector errors);
    }

    private sealed class PropertyRule<TProperty>(PropertyRules<T, TProperty> rules) : Rule
    {
        public PropertyRules<T, TProperty> Rules => rules;

        public override void Validate(T instance, ValidationPath path, ValidationErrorCollector errors) => rules.Validate(instance, path, errors);
    }

    /// <summary>What the text loop needs of one text property, read once when the plan is built.</summary>
    private readonly struct TextEntry(PropertyRules<T, string?> rules)
    {
        public readonly Func<T, string?> Getter = rules.Getter;
        public readonly int QuickMaxLength = rules.QuickMaxLength;
        public readonly bool HasMissingChecks = rules.HasMissingChecks;
        public readonly PropertyRules<T, string?> Rules = rules;
    }

    /// <summary>
    /// Consecutive text properties, run in one loop: a value that is missing without a Required rule, or present and
    /// within its only limits (MaxLength), passes without running its checks; any other value runs them all in order, so
    /// errors and their order are exactly those of the property's own rules.
    /// </summary>
    private sealed class TextRun(TextEntry[] entries) : Rule
    {
        public override void Validate(T instance, ValidationPath path, ValidationErrorCollector errors)
        {
            foreach (ref readonly var entry in entries.AsSpan())
            {
                var value = entry.Getter(instance);

                // string.IsNullOrWhiteSpace, without the call for the usual value that starts with a letter or digit.
                if (value is null || value.Length == 0 || (char.IsWhiteSpace(value[0]) && string.IsNullOrWhiteSpace(value)))
                {
                    if (!entry.HasMissingChecks)
                    {
                        continue;
                    }
                }
                else if (value.Length <= entry.QuickMaxLength)
                {
                    continue;
                }

                entry.Rules.Validate(instance, value, path, errors);
            }
        }
    }

    private sealed class EachRule<TItem>(string name, Func<T, IEnumerable<TItem>?> getter, IValidator<TItem> itemValidator) : Rule
    {
        // The usual item validator, called directly rather than through the interface.
        private readonly Validator<TItem>? _validator = itemValidator as Validator<TItem>;

        public override void Validate(T instance, ValidationPath path, ValidationErrorCollector errors)
        {
            if (getter(instance) is not { } items)
            {
                return;
            }

            // Index lists rather than enumerate them (a boxed enumerator per collection), and move one element path along.
            ValidationPath? itemPath = null;
            switch (items)
            {
                case List<TItem> list:
                    for (var index = 0; index < list.Count; index++)
                    {
                        ValidateItem(list[index], index, path, ref itemPath, errors);
                    }

                    break;
                case TItem[] array:
                    for (var index = 0; index < array.Length; index++)
                    {
                        ValidateItem(array[index], index, path, ref itemPath, errors);
                    }

                    break;
                case IList<TItem> list:
                    for (var index = 0; index < list.Count; index++)
                    {
                        ValidateItem(list[index], index, path, ref itemPath, errors);
                    }

                    break;
                case IReadOnlyList<TItem> list:
                    for (var index = 0; index < list.Count; index++)
                    {
                        ValidateItem(list[index], index, path, ref itemPath, errors);
                    }

                    break;
                default:
                    var position = 0;
                    foreach (var item in items)
                    {
                        ValidateItem(item, position++, path, ref itemPath, errors);
                    }

                    break;
            }

            if (itemPath is not null)
            {
                ValidationPath.ReturnElement(itemPath);
            }
        }

        private void ValidateItem(TItem item, int index, ValidationPath path, ref ValidationPath? itemPath, ValidationErrorCollector errors)
        {
            if (itemPath is null)
            {
                itemPath = ValidationPath.RentElement(path, name, index);
            }
            else
            {
                itemPath.MoveTo(index);
            }

            if (item is null)
            {
                errors.Add(new ValidationError(itemPath.ToString(), ValidationRules.Required, $"{name} must not contain null elements."));
                return;
            }

            if (_validator is not null)
            {
                _validator.Validate(item, itemPath, errors);
            }
            else
            {
                itemValidator.Validate(item, itemPath, errors);
            }
        }
    }

    private sealed class ChildRule<TChild>(string name, Func<T, TChild?> getter, IValidator<TChild> childValidator) : Rule
        where TChild : class
    {
        // The child path of the last parent seen: below a shared parent (the root, a static path) every call reuses it
        // instead of allocating one. A property path never changes, so sharing it between threads is safe.
        private ValidationPath? _lastPath;

        public override void Validate(T instance, ValidationPath path, ValidationErrorCollector errors)
        {
            if (getter(instance) is { } child)
            {
                var childPath = _lastPath;
                if (childPath is null || !childPath.IsPropertyOf(path))
                {
                    childPath = path.Property(name);
                    _lastPath = childPath;
                }

                childValidator.Validate(child, childPath, errors);
            }
        }
    }

    private sealed class ObjectRule(string property, string rule, Func<T, bool> isValid, string message) : Rule
    {
        public override void Validate(T instance, ValidationPath path, ValidationErrorCollector errors)
        {
            if (!isValid(instance))
            {
                errors.Add(path, property, rule, message);
            }
        }
    }
}
