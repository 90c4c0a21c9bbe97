using Leads.Sdk.Aimbase.Models;
using Leads.Sdk.Aimbase.Schema;
using Leads.Sdk.Validation;

namespace Leads.Sdk.Aimbase.Validation;

/// <summary>The lead validator, built from the documented fields of <see cref="AimbaseFieldTable"/>.</summary>
internal static class AimbaseLeadValidator
{
    public static Validator<AimbaseLead> Lead { get; } = AimbaseFieldTable.Lead.CreateValidator();

    /// <summary>
    /// Exactly two ASCII letters (<c>^[A-Za-z]{2}\z</c>; the doc's maximum is two characters, so no trailing newline),
    /// checked without running a regex for every lead.
    /// </summary>
    internal static bool IsTwoLetters(string? value)
        => value is not null
            && value.Length == 2
            && char.IsAsciiLetter(value[0])
            && char.IsAsciiLetter(value[1]);
}
