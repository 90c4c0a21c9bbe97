namespace Leads.Sdk.Emulator.Aimbase;

/// <summary>A lead (or a dealer, product or custom) as received, in either format: scalar values as text, lists as items.</summary>
internal sealed class AimbaseWireLead
{
    public Dictionary<string, string?> Values { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, List<AimbaseWireLead>> Lists { get; } = new(StringComparer.Ordinal);

    public List<string> UnknownShapes { get; } = [];

    /// <summary>Every top-level value of a JSON lead as its JSON text, for echoing undocumented fields as received.</summary>
    public Dictionary<string, string> RawJson { get; } = new(StringComparer.Ordinal);

    public string? Get(string name) => Values.TryGetValue(name, out var value) ? value : null;
}
