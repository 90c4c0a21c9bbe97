namespace Leads.Sdk.Emulator.AimbaseOData;

/// <summary>One stored entity: its type (for navigation) and its fields in wire order.</summary>
internal sealed class ODataEntity(string type, Dictionary<string, object?> fields)
{
    public string Type { get; } = type;

    public Dictionary<string, object?> Fields { get; } = fields;

    public object? this[string name] => Fields.TryGetValue(name, out var value) ? value : null;
}
