namespace Leads.Sdk.Validation;

/// <summary>An enum value must be one of the enum's defined members.</summary>
internal sealed class DefinedCheck<T, TEnum>(string name) : PropertyCheck<T, TEnum>(ValidationRules.AllowedValues)
    where TEnum : struct, Enum
{
    public override bool IsValid(T owner, TEnum value) => Enum.IsDefined(value);

    public override string Message(TEnum value) => $"{name} must be one of {string.Join(", ", Enum.GetNames<TEnum>())} (was {value}).";
}
