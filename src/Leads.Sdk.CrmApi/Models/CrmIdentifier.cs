namespace Leads.Sdk.CrmApi.Models;

/// <summary>
/// An identifier object: names one CRM.COM entity by exactly one of its documented keys. Setting none or more than
/// one key is refused before anything is sent.
/// </summary>
public abstract class CrmIdentifier
{
    private protected CrmIdentifier()
    {
    }

    /// <summary>The documented keys of this identifier kind, in wire form, for messages.</summary>
    internal abstract string AllowedKeys { get; }

    /// <summary>How many keys are set (a white-space-only value counts as not set).</summary>
    internal abstract int SetKeyCount { get; }

    /// <summary>Counts the present values.</summary>
    /// <param name="values">The key values.</param>
    private protected static int Count(params string?[] values) => values.Count(v => !string.IsNullOrWhiteSpace(v));

    /// <inheritdoc/>
    public override string ToString() => $"{GetType().Name} ({SetKeyCount} of {AllowedKeys} set)";
}
