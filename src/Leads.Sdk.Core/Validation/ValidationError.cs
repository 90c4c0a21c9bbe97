namespace Leads.Sdk.Validation;

/// <summary>One broken rule found before anything was sent.</summary>
/// <param name="Path">Where the value sits, for example <c>Leads[3].Dealers[0].DealerNumber</c>.</param>
/// <param name="Rule">The rule that was broken; one of the <see cref="ValidationRules"/> names.</param>
/// <param name="Message">A readable sentence naming the field and the rule.</param>
public sealed record ValidationError(string Path, string Rule, string Message)
{
    /// <inheritdoc/>
    public override string ToString() => $"{Path}: {Message} [{Rule}]";
}
