using Leads.Sdk.Validation;

namespace Leads.Sdk;

/// <summary>
/// Input failed client-side validation; nothing was sent. <see cref="Errors"/> holds every error at once,
/// each with the path of the field (for example <c>Leads[3].Dealers[0].DealerNumber</c>) and the rule it broke.
/// </summary>
public class LeadsValidationException : LeadsException
{
    /// <summary>Creates the exception from the errors found.</summary>
    /// <param name="errors">Every validation error; at least one.</param>
    public LeadsValidationException(IReadOnlyList<ValidationError> errors)
        : base(BuildMessage(errors ?? throw new ArgumentNullException(nameof(errors))))
    {
        Errors = errors;
    }

    /// <summary>Every validation error found, in input order.</summary>
    public IReadOnlyList<ValidationError> Errors { get; }

    private static string BuildMessage(IReadOnlyList<ValidationError> errors)
    {
        const int Shown = 10;
        var lines = errors.Take(Shown).Select(e => "  " + e);
        var more = errors.Count > Shown ? $"{Environment.NewLine}  … and {errors.Count - Shown} more" : string.Empty;
        return $"Validation failed with {errors.Count} error(s); nothing was sent:{Environment.NewLine}{string.Join(Environment.NewLine, lines)}{more}";
    }
}
