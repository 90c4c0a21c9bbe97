using System.Globalization;

namespace Leads.Sdk.Validation;

/// <summary>A present nullable value must lie within [min, max].</summary>
internal sealed class NullableRangeCheck<T, TValue>(string name, TValue min, TValue max) : PropertyCheck<T, TValue?>(ValidationRules.Range)
    where TValue : struct, IComparable<TValue>
{
    public override bool IsValid(T owner, TValue? value) => value!.Value.CompareTo(min) >= 0 && value.Value.CompareTo(max) <= 0;

    public override string Message(TValue? value) => string.Create(CultureInfo.InvariantCulture, $"{name} must be between {min} and {max} (was {value}).");
}
