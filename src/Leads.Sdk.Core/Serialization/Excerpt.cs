namespace Leads.Sdk.Serialization;

/// <summary>Shortens untrusted text before it goes into a message.</summary>
internal static class Excerpt
{
    public static string Of(string? text, int max = 64)
        => text is null ? "null" : text.Length <= max ? text : string.Concat(text.AsSpan(0, max), "…");
}
