using System.Collections.ObjectModel;
using System.Text.Json;

namespace Leads.Sdk.Aimbase.OData.Serialization;

/// <summary>What an entity keeps of the properties its model does not know.</summary>
internal static class ODataAdditionalFields
{
    public static IReadOnlyDictionary<string, JsonElement> None => ReadOnlyDictionary<string, JsonElement>.Empty;

    /// <summary>
    /// Drops OData annotations (<c>@odata.context</c>, <c>Name@odata.type</c>, V3 <c>odata.metadata</c>): they describe
    /// the payload, not the entity, and every entity read on its own carries <c>@odata.context</c>.
    /// </summary>
    public static void RemoveAnnotations(Dictionary<string, JsonElement>? fields)
    {
        if (fields is null)
        {
            return;
        }

        foreach (var name in fields.Keys.Where(IsAnnotation).ToList())
        {
            fields.Remove(name);
        }
    }

    private static bool IsAnnotation(string name)
        => name.Contains('@', StringComparison.Ordinal) || name.StartsWith("odata.", StringComparison.Ordinal);
}
