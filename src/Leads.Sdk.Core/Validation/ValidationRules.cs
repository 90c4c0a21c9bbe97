namespace Leads.Sdk.Validation;

/// <summary>The names of the rules that <see cref="ValidationError.Rule"/> reports.</summary>
public static class ValidationRules
{
    /// <summary>A value must be present (not null, not empty, not only white space).</summary>
    public const string Required = "required";

    /// <summary>A value must be present because another field has a given value.</summary>
    public const string ConditionalRequired = "conditional-required";

    /// <summary>A text must not be longer than a maximum.</summary>
    public const string MaxLength = "max-length";

    /// <summary>A text must have an exact length.</summary>
    public const string ExactLength = "exact-length";

    /// <summary>A value must lie within a range.</summary>
    public const string Range = "range";

    /// <summary>A value must be one of a documented set.</summary>
    public const string AllowedValues = "allowed-values";

    /// <summary>A text must match a documented format.</summary>
    public const string Pattern = "pattern";

    /// <summary>Exactly one of several alternatives must be set.</summary>
    public const string ExactlyOne = "exactly-one";
}
