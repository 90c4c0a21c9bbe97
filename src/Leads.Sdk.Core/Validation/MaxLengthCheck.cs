namespace Leads.Sdk.Validation;

/// <summary>A text must be at most <c>maxLength</c> characters long.</summary>
internal sealed class MaxLengthCheck<T>(string name, int maxLength) : PropertyCheck<T, string?>(ValidationRules.MaxLength)
{
    /// <summary>The documented maximum; the validator's fast path compares against it directly.</summary>
    public int MaxLength { get; } = maxLength;

    public override bool IsValid(T owner, string? value) => value!.Length <= MaxLength;

    public override string Message(string? value) => $"{name} must be at most {MaxLength} characters (was {value!.Length}).";
}
