namespace Leads.Sdk.Validation;

/// <summary>A text must be at most <c>maxLength</c> characters long.</summary>
internal sealed class MaxLengthCheck<T>(string name, int maxLength) : PropertyCheck<T, string?>(ValidationRules.MaxLength)
{
    public override bool IsValid(T owner, string? value) => value!.Length <= maxLength;

    public override string Message(string? value) => $"{name} must be at most {maxLength} characters (was {value!.Length}).";
}
