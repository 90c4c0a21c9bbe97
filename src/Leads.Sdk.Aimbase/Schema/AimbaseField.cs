using Leads.Sdk.Aimbase.Serialization;
using Leads.Sdk.Validation;

namespace Leads.Sdk.Aimbase.Schema;

/// <summary>
/// One row of <see cref="AimbaseFieldTable"/>: a documented field as the doc's schema table describes it (name, wire name,
/// limit, requirement, format), and how to read it from the model. Made by <see cref="AimbaseFieldList{T}"/>.
/// </summary>
/// <typeparam name="T">The model that holds the field.</typeparam>
internal abstract class AimbaseField<T>
{
    private protected AimbaseField(string name, string wireName, AimbaseFieldFormat format)
    {
        Name = name;
        WireName = wireName;
        Format = format;
    }

    /// <summary>The model's property name, used in error paths and messages.</summary>
    public string Name { get; }

    /// <summary>The doc's name, sent in JSON and XML (the property name except for the booleans).</summary>
    public string WireName { get; }

    /// <summary>How the value is written.</summary>
    public AimbaseFieldFormat Format { get; }

    /// <summary>Text: the documented maximum length; null where the doc states none.</summary>
    public int? MaxLength { get; init; }

    /// <summary>Numbers: the documented smallest and largest values; null where the doc states none.</summary>
    public (int Min, int Max)? Range { get; init; }

    /// <summary>Whether the doc requires the field without contradicting itself.</summary>
    public bool IsRequired { get; init; }

    /// <summary>When the field is required only under a condition: the condition in words; otherwise null.</summary>
    public string? RequiredWhen => Condition?.Description;

    /// <summary>The condition under which the field is required, if any.</summary>
    internal AimbaseFieldCondition<T>? Condition { get; init; }

    /// <summary>Adds the field's documented rules to <paramref name="validator"/>; a field with none adds nothing.</summary>
    public abstract void AddRules(Validator<T> validator);

    /// <summary>Passes the field's value (null when unset) to <paramref name="visitor"/>.</summary>
    public abstract void Visit(T owner, IAimbaseLeadFieldVisitor visitor);

    /// <summary>Whether the field has a rule a value can break.</summary>
    private protected bool HasRules => IsRequired || Condition is not null || MaxLength is not null || Range is not null;

    /// <summary>Adds the requirement (always, or under its condition) to a property's rules.</summary>
    private protected PropertyRules<T, TValue> Require<TValue>(PropertyRules<T, TValue> rules)
    {
        if (IsRequired)
        {
            rules.Required();
        }

        if (Condition is { } condition)
        {
            rules.RequiredWhen(condition.Holds, condition.Description);
        }

        return rules;
    }
}
