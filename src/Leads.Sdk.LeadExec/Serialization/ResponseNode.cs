using System.Buffers;
using System.Collections.ObjectModel;
using System.Text.Json;

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

    /// <summary>
    /// The children no <see cref="Text"/>, <see cref="Child"/> or <see cref="Items"/> call asked for (what the model does
    /// not know), by name as sent: JSON values as they are, an XML element as a JSON string of its text. Call it after
    /// every lookup; a shared empty dictionary when there are none.
    /// </summary>
    public abstract IReadOnlyDictionary<string, JsonElement> UnreadFields();

    /// <summary>No unread fields: shared, so a response the model fully knows allocates nothing for them.</summary>
    protected static IReadOnlyDictionary<string, JsonElement> NoFields => ReadOnlyDictionary<string, JsonElement>.Empty;

    /// <summary>A JSON string element holding <paramref name="text"/>, independent of any buffer.</summary>
    protected static JsonElement StringElement(string text)
    {
        var buffer = new ArrayBufferWriter<byte>(text.Length + 2);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStringValue(text);
        }

        var reader = new Utf8JsonReader(buffer.WrittenSpan);
        reader.Read();
        return JsonElement.ParseValue(ref reader);
    }
}
