using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Leads.Sdk.CrmApi.Models;

namespace Leads.Sdk.CrmApi.Serialization;

/// <summary>Source-generated JSON metadata for every CRM.COM body; tolerant when reading.</summary>
[JsonSourceGenerationOptions(
    PropertyNameCaseInsensitive = true,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    AllowTrailingCommas = true,
    ReadCommentHandling = JsonCommentHandling.Skip,
    Converters = [typeof(CrmLeadImportanceConverter), typeof(CrmLeadPriorityConverter), typeof(CrmLeadSourceTypeConverter), typeof(CrmTimePeriodUnitConverter), typeof(CrmLeadLifeCycleStateConverter)])]
[JsonSerializable(typeof(CrmCreateLeadRequest))]
[JsonSerializable(typeof(CrmLoginRequest))]
[JsonSerializable(typeof(CrmEnvelope<CrmCreateLeadResult>))]
[JsonSerializable(typeof(CrmEnvelope<CrmTokenData>))]
[JsonSerializable(typeof(CrmEnvelope<JsonElement>))]
internal sealed partial class CrmApiJsonContext : JsonSerializerContext
{
    /// <summary>A context whose dates are written in <paramref name="dateFormat"/>.</summary>
    /// <param name="dateFormat">The .NET date format; <see cref="CrmApiDateConverter.DefaultFormat"/> when null.</param>
    public static CrmApiJsonContext WithDateFormat(string? dateFormat)
    {
        // Relaxed escaping so "+35799…" goes out as written, not "\u002B35799…": the body is JSON for an API, never HTML.
        var options = new JsonSerializerOptions(Default.Options) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        options.Converters.Add(new CrmApiDateConverter(string.IsNullOrWhiteSpace(dateFormat) ? CrmApiDateConverter.DefaultFormat : dateFormat));
        return new CrmApiJsonContext(options);
    }
}
