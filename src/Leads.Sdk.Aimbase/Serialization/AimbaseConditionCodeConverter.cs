using System.Text.Json;
using System.Text.Json.Serialization;
using Leads.Sdk.Aimbase.Models;
using Leads.Sdk.Serialization;

namespace Leads.Sdk.Aimbase.Serialization;

/// <summary>Writes <see cref="AimbaseConditionCode"/> as the documented N / U / S.</summary>
internal sealed class AimbaseConditionCodeConverter : JsonConverter<AimbaseConditionCode?>
{
    private static readonly TolerantEnumConverter<AimbaseConditionCode> Names = new(
        null,
        (AimbaseConditionCode.New, "N"),
        (AimbaseConditionCode.Used, "U"),
        (AimbaseConditionCode.Showroom, "S"));

    public static string Format(AimbaseConditionCode value) => Names.ToWireName(value);

    public override AimbaseConditionCode? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => reader.TokenType == JsonTokenType.Null ? null : Names.Read(ref reader, typeof(AimbaseConditionCode), options);

    public override void Write(Utf8JsonWriter writer, AimbaseConditionCode? value, JsonSerializerOptions options)
    {
        if (value is { } code)
        {
            writer.WriteStringValue(Format(code));
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}
