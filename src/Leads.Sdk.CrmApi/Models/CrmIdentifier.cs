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

    /// <summary>Counts the present values (fixed arities rather than <c>params</c>: validation runs on every call and should not allocate).</summary>
    private protected static int Count(string? a, string? b) => Present(a) + Present(b);

    /// <inheritdoc cref="Count(string?, string?)"/>
    private protected static int Count(string? a, string? b, string? c) => Present(a) + Present(b) + Present(c);

    /// <inheritdoc cref="Count(string?, string?)"/>
    private protected static int Count(string? a, string? b, string? c, string? d, string? e, string? f)
        => Present(a) + Present(b) + Present(c) + Present(d) + Present(e) + Present(f);

    private static int Present(string? value) => string.IsNullOrWhiteSpace(value) ? 0 : 1;

    /// <inheritdoc/>
    public override string ToString() => $"{GetType().Name} ({SetKeyCount} of {AllowedKeys} set)";
}
