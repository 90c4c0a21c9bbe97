namespace Leads.Sdk.Aimbase.Models;

/// <summary>One message of a lead's record: which field and what is wrong with it.</summary>
/// <param name="field">The field name, for example <c>LeadSourceName</c>, or a validation path for client-side failures.</param>
/// <param name="message">The message, for example <c>The LeadSourceName field is required.</c></param>
public sealed class AimbaseFieldMessage(string? field, string? message)
{
    /// <summary>The field name, for example <c>LeadSourceName</c>; a path such as <c>Leads[2].LastName</c> for client-side failures.</summary>
    public string? Field { get; } = field;

    /// <summary>The message.</summary>
    public string? Message { get; } = message;

    /// <inheritdoc/>
    public override string ToString() => $"{Field}: {Message}";
}
