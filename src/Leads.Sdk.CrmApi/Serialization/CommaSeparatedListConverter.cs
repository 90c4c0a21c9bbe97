using System.Text.Json;
using System.Text.Json.Serialization;

namespace Leads.Sdk.CrmApi.Serialization;

/// <summary>Writes a list as one comma-separated string (doc: fields_set "List of Strings, comma separated"); reads that or a JSON array.</summary>
internal sealed class CommaSeparatedListConverter : JsonConverter<IList<string>>
{
    public override IList<string>? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return (reader.GetString() ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException($"Expected a comma-separated string or an array, got {reader.TokenType}.");
        }

        var items = new List<string>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            items.Add(reader.GetString() ?? throw new JsonException("A list item is null."));
        }

        return items;
    }

    public override void Write(Utf8JsonWriter writer, IList<string> value, JsonSerializerOptions options)
        => writer.WriteStringValue(string.Join(',', value));
}
