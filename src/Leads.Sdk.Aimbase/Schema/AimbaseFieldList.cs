using System.Collections;
using Leads.Sdk.Aimbase.Models;
using Leads.Sdk.Aimbase.Serialization;
using Leads.Sdk.Aimbase.Validation;
using Leads.Sdk.Validation;

namespace Leads.Sdk.Aimbase.Schema;

/// <summary>
/// The documented fields of one model in wire order, added one row per call (see <see cref="AimbaseFieldTable"/>). The
/// validator and the XML writer both run from these rows, so a field's limit, requirement and format are written once.
/// </summary>
/// <typeparam name="T">The model.</typeparam>
internal sealed class AimbaseFieldList<T> : IReadOnlyList<AimbaseField<T>>
{
    private readonly List<AimbaseField<T>> _fields = [];

    /// <inheritdoc/>
    public int Count => _fields.Count;

    /// <inheritdoc/>
    public AimbaseField<T> this[int index] => _fields[index];

    /// <summary>Free text, optionally with a documented maximum length and requirement.</summary>
    public AimbaseFieldList<T> Text(string name, Func<T, string?> value, int? maxLength = null, bool required = false, AimbaseFieldCondition<T>? requiredWhen = null)
        => Add(new TextField(name, AimbaseFieldFormat.Text, value) { MaxLength = maxLength, IsRequired = required, Condition = requiredWhen });

    /// <summary>An ISO two-letter country code.</summary>
    public AimbaseFieldList<T> CountryCode(string name, Func<T, string?> value, bool required)
        => Add(new TextField(name, AimbaseFieldFormat.CountryCode, value) { IsRequired = required });

    /// <summary>A boolean sent as <c>true</c>/<c>false</c> under <paramref name="wireName"/> (the name when omitted).</summary>
    public AimbaseFieldList<T> Boolean(string name, Func<T, bool?> value, string? wireName = null)
        => Add(new ValueField<bool?>(name, wireName ?? name, AimbaseFieldFormat.Boolean, value, static (v, n, x) => v.Boolean(n, x)));

    /// <summary>A boolean sent as <c>Y</c>/<c>N</c> under <paramref name="wireName"/>.</summary>
    public AimbaseFieldList<T> YesNo(string name, string wireName, Func<T, bool?> value)
        => Add(new ValueField<bool?>(name, wireName, AimbaseFieldFormat.YesNo, value, static (v, n, x) => v.Literal(n, x is { } yes ? AimbaseYesNoConverter.Format(yes) : null)));

    /// <summary>A condition code, which must be a defined <see cref="AimbaseConditionCode"/>.</summary>
    public AimbaseFieldList<T> ConditionCode(string name, Func<T, AimbaseConditionCode?> value)
        => Add(new ValueField<AimbaseConditionCode?>(
            name,
            name,
            AimbaseFieldFormat.ConditionCode,
            value,
            static (v, n, x) => v.Literal(n, x is { } code ? AimbaseConditionCodeConverter.Format(code) : null),
            static rules => rules.Defined()));

    /// <summary>A whole number within the documented range.</summary>
    public AimbaseFieldList<T> Number(string name, Func<T, int?> value, int min, int max)
        => Add(new ValueField<int?>(name, name, AimbaseFieldFormat.Number, value, static (v, n, x) => v.Number(n, x), rules => rules.InRange(min, max)) { Range = (min, max) });

    /// <summary>A GUID.</summary>
    public AimbaseFieldList<T> Guid(string name, Func<T, Guid?> value)
        => Add(new ValueField<Guid?>(name, name, AimbaseFieldFormat.Guid, value, static (v, n, x) => v.Guid(n, x)));

    /// <summary>A date, optionally required under a condition.</summary>
    public AimbaseFieldList<T> Date(string name, Func<T, DateOnly?> value, AimbaseFieldCondition<T>? requiredWhen = null)
        => Add(new ValueField<DateOnly?>(name, name, AimbaseFieldFormat.Date, value, static (v, n, x) => v.Date(n, x)) { Condition = requiredWhen });

    /// <summary>A date and time with its offset.</summary>
    public AimbaseFieldList<T> Timestamp(string name, Func<T, DateTimeOffset?> value)
        => Add(new ValueField<DateTimeOffset?>(name, name, AimbaseFieldFormat.Timestamp, value, static (v, n, x) => v.Timestamp(n, x)));

    /// <summary>A collection of objects described by <paramref name="itemFields"/>; in XML each is an <paramref name="itemName"/> element.</summary>
    public AimbaseFieldList<T> List<TItem>(string name, string itemName, Func<T, IList<TItem>?> value, AimbaseFieldList<TItem> itemFields)
        where TItem : class
        => Add(new ListField<TItem>(name, itemName, value, itemFields));

    /// <summary>A validator with every row's rules, in wire order.</summary>
    public Validator<T> CreateValidator()
    {
        var validator = new Validator<T>();
        foreach (var field in _fields)
        {
            field.AddRules(validator);
        }

        return validator;
    }

    /// <summary>Passes every field of <paramref name="owner"/> to <paramref name="visitor"/>, in wire order.</summary>
    public void Visit(T owner, IAimbaseLeadFieldVisitor visitor)
    {
        foreach (var field in _fields)
        {
            field.Visit(owner, visitor);
        }
    }

    /// <inheritdoc/>
    public IEnumerator<AimbaseField<T>> GetEnumerator() => _fields.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private AimbaseFieldList<T> Add(AimbaseField<T> field)
    {
        _fields.Add(field);
        return this;
    }

    private sealed class TextField(string name, AimbaseFieldFormat format, Func<T, string?> value) : AimbaseField<T>(name, name, format)
    {
        public override void AddRules(Validator<T> validator)
        {
            if (!HasRules && Format == AimbaseFieldFormat.Text)
            {
                return;
            }

            var rules = Require(validator.RuleFor(Name, value));
            if (MaxLength is { } maxLength)
            {
                rules.MaxLength(maxLength);
            }

            if (Format == AimbaseFieldFormat.CountryCode)
            {
                var message = $"{Name} must be an ISO two-letter country code.";
                rules.Must(ValidationRules.Pattern, AimbaseLeadValidator.IsTwoLetters, _ => message);
            }
        }

        public override void Visit(T owner, IAimbaseLeadFieldVisitor visitor) => visitor.Text(WireName, value(owner));
    }

    private sealed class ValueField<TValue>(
        string name,
        string wireName,
        AimbaseFieldFormat format,
        Func<T, TValue> value,
        Action<IAimbaseLeadFieldVisitor, string, TValue> send,
        Action<PropertyRules<T, TValue>>? rules = null) : AimbaseField<T>(name, wireName, format)
    {
        public override void AddRules(Validator<T> validator)
        {
            if (HasRules || rules is not null)
            {
                var property = Require(validator.RuleFor(Name, value));
                rules?.Invoke(property);
            }
        }

        public override void Visit(T owner, IAimbaseLeadFieldVisitor visitor) => send(visitor, WireName, value(owner));
    }

    private sealed class ListField<TItem>(string name, string itemName, Func<T, IList<TItem>?> value, AimbaseFieldList<TItem> itemFields)
        : AimbaseField<T>(name, name, AimbaseFieldFormat.List)
        where TItem : class
    {
        public override void AddRules(Validator<T> validator) => validator.ForEach(Name, value, itemFields.CreateValidator());

        public override void Visit(T owner, IAimbaseLeadFieldVisitor visitor)
        {
            if (value(owner) is not { } items)
            {
                return;
            }

            visitor.StartList(WireName);
            for (var i = 0; i < items.Count; i++)
            {
                visitor.StartItem(itemName, i);
                if (items[i] is { } item)
                {
                    itemFields.Visit(item, visitor);
                }

                visitor.EndItem();
            }

            visitor.EndList();
        }
    }
}
