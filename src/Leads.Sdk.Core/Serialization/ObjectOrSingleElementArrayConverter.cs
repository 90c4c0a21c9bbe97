using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Leads.Sdk.Serialization;

/// <summary>
/// Reads an object sent either bare or wrapped in a one-element array (as some servers do with a single result);
/// an array with several elements is an error, so nothing is dropped silently. Writes the bare object.
/// The type's metadata must come from the serializer context, so use this converter on properties or
/// through <see cref="JsonTolerance.ReadObjectOrSingleElementArray{T}(ref Utf8JsonReader, JsonTypeInfo{T})"/>.
/// </summary>
/// <typeparam name="T">The object type.</typeparam>
public sealed class ObjectOrSingleElementArrayConverter<T> : JsonConverter<T>
    where T : class
{
    /// <inheritdoc/>
    public override T? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => JsonTolerance.ReadObjectOrSingleElementArray(ref reader, (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T)));

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
        => JsonSerializer.Serialize(writer, value, (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T)));
}
