using System.Text.RegularExpressions;

namespace Leads.Sdk.Validation;

/// <summary>Rules that apply to properties of particular types (text lengths, ranges, patterns).</summary>
internal static class PropertyRulesExtensions
{
    /// <summary>The text, when present, must be at most <paramref name="maxLength"/> characters long.</summary>
    /// <typeparam name="T">The owning type.</typeparam>
    /// <param name="rules">The property's rules.</param>
    /// <param name="maxLength">The documented maximum.</param>
    public static PropertyRules<T, string?> MaxLength<T>(this PropertyRules<T, string?> rules, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(rules);
        return rules.AddCheck(new MaxLengthCheck<T>(rules.Name, maxLength));
    }

    /// <summary>The text, when present, must be exactly <paramref name="length"/> characters long.</summary>
    /// <typeparam name="T">The owning type.</typeparam>
    /// <param name="rules">The property's rules.</param>
    /// <param name="length">The documented length.</param>
    public static PropertyRules<T, string?> ExactLength<T>(this PropertyRules<T, string?> rules, int length)
    {
        ArgumentNullException.ThrowIfNull(rules);
        return rules.AddCheck(new ExactLengthCheck<T>(rules.Name, length));
    }

    /// <summary>The text, when present, must match <paramref name="pattern"/>.</summary>
    /// <typeparam name="T">The owning type.</typeparam>
    /// <param name="rules">The property's rules.</param>
    /// <param name="pattern">The format; prefer a <c>[GeneratedRegex]</c>.</param>
    /// <param name="formatDescription">The format in words, for the message (for example <c>two letters (ISO 3166-1 alpha-2)</c>).</param>
    public static PropertyRules<T, string?> Pattern<T>(this PropertyRules<T, string?> rules, Regex pattern, string formatDescription)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(pattern);
        return rules.AddCheck(new PatternCheck<T>(rules.Name, pattern, formatDescription));
    }

    /// <summary>The value, when present, must lie within [<paramref name="min"/>, <paramref name="max"/>].</summary>
    /// <typeparam name="T">The owning type.</typeparam>
    /// <typeparam name="TValue">The value type.</typeparam>
    /// <param name="rules">The property's rules.</param>
    /// <param name="min">The smallest allowed value.</param>
    /// <param name="max">The largest allowed value.</param>
    public static PropertyRules<T, TValue?> InRange<T, TValue>(this PropertyRules<T, TValue?> rules, TValue min, TValue max)
        where TValue : struct, IComparable<TValue>
    {
        ArgumentNullException.ThrowIfNull(rules);
        return rules.AddCheck(new NullableRangeCheck<T, TValue>(rules.Name, min, max));
    }

    /// <summary>The value must lie within [<paramref name="min"/>, <paramref name="max"/>].</summary>
    /// <typeparam name="T">The owning type.</typeparam>
    /// <typeparam name="TValue">The value type.</typeparam>
    /// <param name="rules">The property's rules.</param>
    /// <param name="min">The smallest allowed value.</param>
    /// <param name="max">The largest allowed value.</param>
    public static PropertyRules<T, TValue> InRange<T, TValue>(this PropertyRules<T, TValue> rules, TValue min, TValue max)
        where TValue : struct, IComparable<TValue>
    {
        ArgumentNullException.ThrowIfNull(rules);
        return rules.AddCheck(new RangeCheck<T, TValue>(rules.Name, min, max));
    }

    /// <summary>The enum value, when present, must be one of the enum's defined members.</summary>
    /// <typeparam name="T">The owning type.</typeparam>
    /// <typeparam name="TEnum">The enum type.</typeparam>
    /// <param name="rules">The property's rules.</param>
    public static PropertyRules<T, TEnum?> Defined<T, TEnum>(this PropertyRules<T, TEnum?> rules)
        where TEnum : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(rules);
        return rules.AddCheck(new NullableDefinedCheck<T, TEnum>(rules.Name));
    }

    /// <summary>The enum value must be one of the enum's defined members.</summary>
    /// <typeparam name="T">The owning type.</typeparam>
    /// <typeparam name="TEnum">The enum type.</typeparam>
    /// <param name="rules">The property's rules.</param>
    public static PropertyRules<T, TEnum> Defined<T, TEnum>(this PropertyRules<T, TEnum> rules)
        where TEnum : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(rules);
        return rules.AddCheck(new DefinedCheck<T, TEnum>(rules.Name));
    }

    /// <summary>
    /// The text, when present, is a <paramref name="separator"/>-delimited list (for example <c>Brands</c>);
    /// it must have no empty items.
    /// </summary>
    /// <typeparam name="T">The owning type.</typeparam>
    /// <param name="rules">The property's rules.</param>
    /// <param name="separator">The delimiter; a comma when omitted.</param>
    public static PropertyRules<T, string?> DelimitedList<T>(this PropertyRules<T, string?> rules, char separator = ',')
    {
        ArgumentNullException.ThrowIfNull(rules);
        return rules.AddCheck(new DelimitedListCheck<T>(rules.Name, separator));
    }
}
