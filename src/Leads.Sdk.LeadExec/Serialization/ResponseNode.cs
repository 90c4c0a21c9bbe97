namespace Leads.Sdk.LeadExec.Serialization;

/// <summary>
/// One object of a response, JSON or XML alike, so each response type is mapped once for both formats.
/// Names compare case-insensitively; values are read as text and converted tolerantly by <see cref="LeadExecResponseParser"/>.
/// </summary>
internal abstract class ResponseNode
{
    /// <summary>The text of the first child named one of <paramref name="names"/>; null when absent, null or empty.</summary>
    public abstract string? Text(params ReadOnlySpan<string> names);

    /// <summary>The child object named <paramref name="name"/>, if present and not null.</summary>
    public abstract ResponseNode? Child(string name);

    /// <summary>The elements of the list named <paramref name="name"/> (a JSON array, or an XML element's child elements).</summary>
    public abstract IReadOnlyList<ResponseNode> Items(string name);
}
