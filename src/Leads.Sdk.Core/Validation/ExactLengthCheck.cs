namespace Leads.Sdk.Validation;

/// <summary>A text must be exactly <c>length</c> characters long.</summary>
internal sealed class ExactLengthCheck<T>(string name, int length) : PropertyCheck<T, string?>(ValidationRules.ExactLength)
{
    public override bool IsValid(T owner, string? value) => value!.Length == length;

    public override string Message(string? value) => $"{name} must be exactly {length} characters (was {value!.Length}).";
}
