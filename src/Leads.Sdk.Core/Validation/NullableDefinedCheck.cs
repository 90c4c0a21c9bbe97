namespace Leads.Sdk.Validation;

/// <summary>A present nullable enum value must be one of the enum's defined members.</summary>
internal sealed class NullableDefinedCheck<T, TEnum>(string name) : PropertyCheck<T, TEnum?>(ValidationRules.AllowedValues)
    where TEnum : struct, Enum
{
    public override bool IsValid(T owner, TEnum? value) => Enum.IsDefined(value!.Value);

    public override string Message(TEnum? value) => $"{name} must be one of {string.Join(", ", Enum.GetNames<TEnum>())} (was {value}).";
}
