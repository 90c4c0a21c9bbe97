using System.Globalization;

namespace Leads.Sdk.Validation;

/// <summary>A value must lie within [min, max].</summary>
internal sealed class RangeCheck<T, TValue>(string name, TValue min, TValue max) : PropertyCheck<T, TValue>(ValidationRules.Range)
    where TValue : struct, IComparable<TValue>
{
    public override bool IsValid(T owner, TValue value) => value.CompareTo(min) >= 0 && value.CompareTo(max) <= 0;

    public override string Message(TValue value) => string.Create(CultureInfo.InvariantCulture, $"{name} must be between {min} and {max} (was {value}).");
}
