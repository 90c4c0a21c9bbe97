using System.Text.RegularExpressions;

namespace Leads.Sdk.Validation;

/// <summary>A text must match a regular expression.</summary>
internal sealed class PatternCheck<T>(string name, Regex pattern, string formatDescription) : PropertyCheck<T, string?>(ValidationRules.Pattern)
{
    public override bool IsValid(T owner, string? value) => pattern.IsMatch(value!);

    public override string Message(string? value) => $"{name} must be {formatDescription}.";
}
