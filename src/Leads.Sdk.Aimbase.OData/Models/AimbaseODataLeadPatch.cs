using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Leads.Sdk.Validation;

namespace Leads.Sdk.Aimbase.OData.Models;

/// <summary>
/// The changes for <c>PATCH /odata/V2/Leads({id})</c>. Only the fields the doc marks editable exist here; only the
/// fields you set are sent (set to <see langword="null"/> to send JSON null; leave unset to leave unchanged). A field
/// the model lacks goes in <see cref="AdditionalFields"/>.
/// </summary>
public sealed class AimbaseODataLeadPatch
{
    private static readonly string[] ConditionCodes = ["N", "U", "S"];

    // Every name the model writes; an additional field may not repeat one in any casing (the server may match names
    // case-insensitively, and two values for one field would leave which one applies to the server).
    private static readonly HashSet<string> ModelFieldNames = new(
        [
            nameof(LeadDate), nameof(Event), nameof(Medium), nameof(FollowUpStatusCode), nameof(PurchaseStatusCode),
            nameof(LeadTypeCode), nameof(LeadCategoryCode), nameof(LeadSourceCode), nameof(LeadCampaignCode),
            nameof(LeadStatusCode), nameof(ConditionCode), nameof(Customs), nameof(Metadata),
        ],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>The date the lead was entered (<c>YYYY-MM-dd ±hh:mm</c>); cannot be set to null.</summary>
    public ODataPatchField<DateTimeOffset?> LeadDate { get; set; }

    /// <summary>The event on the lead; max 50 characters.</summary>
    public ODataPatchField<string?> Event { get; set; }

    /// <summary>The medium on the lead; max 200 characters.</summary>
    public ODataPatchField<string?> Medium { get; set; }

    /// <summary>The follow up status code.</summary>
    public ODataPatchField<string?> FollowUpStatusCode { get; set; }

    /// <summary>The purchase status code.</summary>
    public ODataPatchField<string?> PurchaseStatusCode { get; set; }

    /// <summary>The lead type code.</summary>
    public ODataPatchField<string?> LeadTypeCode { get; set; }

    /// <summary>The lead category code.</summary>
    public ODataPatchField<string?> LeadCategoryCode { get; set; }

    /// <summary>The lead source code.</summary>
    public ODataPatchField<string?> LeadSourceCode { get; set; }

    /// <summary>The lead campaign code.</summary>
    public ODataPatchField<string?> LeadCampaignCode { get; set; }

    /// <summary>The lead status code (the server's default is <c>Pending</c>).</summary>
    public ODataPatchField<string?> LeadStatusCode { get; set; }

    /// <summary>The condition of the product: <c>N</c> (new), <c>U</c> (used) or <c>S</c> (showroom).</summary>
    public ODataPatchField<string?> ConditionCode { get; set; }

    /// <summary>Custom fields, <c>"FieldName": "FieldValue"</c>.</summary>
    public ODataPatchField<IReadOnlyDictionary<string, string?>?> Customs { get; set; }

    /// <summary>Metadata fields, <c>"FieldName": "FieldValue"</c>.</summary>
    public ODataPatchField<IReadOnlyDictionary<string, string?>?> Metadata { get; set; }

    /// <summary>
    /// Fields the model does not have, sent as they are after the model's fields, for example one your Aimbase
    /// instance has and the doc does not list: <c>patch.AdditionalFields["SalespersonName"] = "Pat";</c>. Keys are
    /// compared ordinally. A name the model writes (in any casing), or a value JSON cannot carry, is a
    /// <see cref="LeadsValidationException"/> and nothing is sent.
    /// </summary>
    public IDictionary<string, JsonNode?> AdditionalFields { get; } = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);

    /// <summary>The names of the fields that are set, in wire order (the model's, then <see cref="AdditionalFields"/>).</summary>
    public IReadOnlyList<string> SetFields
    {
        get
        {
            var fields = new List<string>();
            if (LeadDate.IsSet)
            {
                fields.Add(nameof(LeadDate));
            }

            fields.AddRange(Strings().Where(f => f.Value.IsSet).Select(f => f.Name));
            if (Customs.IsSet)
            {
                fields.Add(nameof(Customs));
            }

            if (Metadata.IsSet)
            {
                fields.Add(nameof(Metadata));
            }

            fields.AddRange(AdditionalFields.Keys);
            return fields;
        }
    }

    /// <inheritdoc/>
    public override string ToString() => $"AimbaseODataLeadPatch {{ {string.Join(", ", SetFields)} }}";

    internal void Validate(ValidationErrorCollector errors, ValidationPath path)
    {
        if (SetFields.Count == 0)
        {
            errors.Add(path, "Fields", "Required", "Set at least one field to update.");
        }

        if (LeadDate.IsSet && LeadDate.Value is null)
        {
            errors.Add(path, nameof(LeadDate), "Required", "LeadDate cannot be cleared.");
        }

        MaxLength(errors, path, nameof(Event), Event, 50);
        MaxLength(errors, path, nameof(Medium), Medium, 200);
        if (ConditionCode.IsSet && ConditionCode.Value is { } condition && !ConditionCodes.Contains(condition, StringComparer.Ordinal))
        {
            errors.Add(path, nameof(ConditionCode), "AllowedValues", "ConditionCode must be N (new), U (used) or S (showroom).");
        }

        foreach (var (name, value) in AdditionalFields)
        {
            var property = $"{nameof(AdditionalFields)}[{name}]";
            if (ModelFieldNames.Contains(name))
            {
                errors.Add(path, property, "ModelField", $"{name} is a field of the model: set the {nameof(AimbaseODataLeadPatch)} property instead.");
            }
            else if (!CanWriteJson(name, value))
            {
                errors.Add(path, property, "Encoding", $"The additional field {name} cannot be written as JSON (a value with no JSON form, such as NaN).");
            }
        }
    }

    internal void WriteTo(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        if (LeadDate.IsSet)
        {
            writer.WritePropertyName(nameof(LeadDate));
            if (LeadDate.Value is { } date)
            {
                writer.WriteStringValue(date.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture));
            }
            else
            {
                writer.WriteNullValue();
            }
        }

        foreach (var (name, value) in Strings())
        {
            if (value.IsSet)
            {
                writer.WriteString(name, value.Value);
            }
        }

        WriteFields(writer, nameof(Customs), Customs);
        WriteFields(writer, nameof(Metadata), Metadata);
        foreach (var (name, value) in AdditionalFields)
        {
            WriteAdditionalField(writer, name, value);
        }

        writer.WriteEndObject();
    }

    private static void WriteAdditionalField(Utf8JsonWriter writer, string name, JsonNode? value)
    {
        writer.WritePropertyName(name);
        if (value is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            value.WriteTo(writer);
        }
    }

    // Validation writes the field once on its own, so a value the writer refuses is reported before anything is sent.
    private static bool CanWriteJson(string name, JsonNode? value)
    {
        try
        {
            using var writer = new Utf8JsonWriter(Stream.Null);
            writer.WriteStartObject();
            WriteAdditionalField(writer, name, value);
            writer.WriteEndObject();
            return true;
        }
        catch (Exception exception) when (exception is ArgumentException or InvalidOperationException or NotSupportedException or JsonException)
        {
            return false;
        }
    }

    private IEnumerable<(string Name, ODataPatchField<string?> Value)> Strings() =>
    [
        (nameof(Event), Event), (nameof(Medium), Medium), (nameof(FollowUpStatusCode), FollowUpStatusCode),
        (nameof(PurchaseStatusCode), PurchaseStatusCode), (nameof(LeadTypeCode), LeadTypeCode),
        (nameof(LeadCategoryCode), LeadCategoryCode), (nameof(LeadSourceCode), LeadSourceCode),
        (nameof(LeadCampaignCode), LeadCampaignCode), (nameof(LeadStatusCode), LeadStatusCode),
        (nameof(ConditionCode), ConditionCode),
    ];

    private static void MaxLength(ValidationErrorCollector errors, ValidationPath path, string name, ODataPatchField<string?> value, int max)
    {
        if (value.IsSet && value.Value is { Length: var length } && length > max)
        {
            errors.Add(path, name, "MaxLength", $"{name} must be at most {max} characters (it has {length}).");
        }
    }

    private static void WriteFields(Utf8JsonWriter writer, string name, ODataPatchField<IReadOnlyDictionary<string, string?>?> fields)
    {
        if (!fields.IsSet)
        {
            return;
        }

        writer.WritePropertyName(name);
        if (fields.Value is null)
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteStartObject();
        foreach (var (key, value) in fields.Value)
        {
            writer.WriteString(key, value);
        }

        writer.WriteEndObject();
    }
}
