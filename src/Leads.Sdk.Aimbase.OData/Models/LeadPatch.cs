using System.Globalization;
using System.Text.Json;
using Leads.Sdk.Validation;

namespace Leads.Sdk.Aimbase.OData.Models;

/// <summary>
/// The changes for <c>PATCH /odata/V2/Leads({id})</c>. Only the fields the doc marks editable exist here; only the
/// fields you set are sent (set to <see langword="null"/> to send JSON null; leave unset to leave unchanged).
/// </summary>
public sealed class LeadPatch
{
    private static readonly string[] ConditionCodes = ["N", "U", "S"];

    /// <summary>The date the lead was entered (<c>YYYY-MM-dd ±hh:mm</c>); cannot be set to null.</summary>
    public PatchField<DateTimeOffset?> LeadDate { get; set; }

    /// <summary>The event on the lead; max 50 characters.</summary>
    public PatchField<string?> Event { get; set; }

    /// <summary>The medium on the lead; max 200 characters.</summary>
    public PatchField<string?> Medium { get; set; }

    /// <summary>The follow up status code.</summary>
    public PatchField<string?> FollowUpStatusCode { get; set; }

    /// <summary>The purchase status code.</summary>
    public PatchField<string?> PurchaseStatusCode { get; set; }

    /// <summary>The lead type code.</summary>
    public PatchField<string?> LeadTypeCode { get; set; }

    /// <summary>The lead category code.</summary>
    public PatchField<string?> LeadCategoryCode { get; set; }

    /// <summary>The lead source code.</summary>
    public PatchField<string?> LeadSourceCode { get; set; }

    /// <summary>The lead campaign code.</summary>
    public PatchField<string?> LeadCampaignCode { get; set; }

    /// <summary>The lead status code (the server's default is <c>Pending</c>).</summary>
    public PatchField<string?> LeadStatusCode { get; set; }

    /// <summary>The condition of the product: <c>N</c> (new), <c>U</c> (used) or <c>S</c> (showroom).</summary>
    public PatchField<string?> ConditionCode { get; set; }

    /// <summary>Custom fields, <c>"FieldName": "FieldValue"</c>.</summary>
    public PatchField<IReadOnlyDictionary<string, string?>?> Customs { get; set; }

    /// <summary>Metadata fields, <c>"FieldName": "FieldValue"</c>.</summary>
    public PatchField<IReadOnlyDictionary<string, string?>?> Metadata { get; set; }

    /// <summary>The names of the fields that are set, in wire order.</summary>
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

            return fields;
        }
    }

    /// <inheritdoc/>
    public override string ToString() => $"LeadPatch {{ {string.Join(", ", SetFields)} }}";

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
        writer.WriteEndObject();
    }

    private IEnumerable<(string Name, PatchField<string?> Value)> Strings() =>
    [
        (nameof(Event), Event), (nameof(Medium), Medium), (nameof(FollowUpStatusCode), FollowUpStatusCode),
        (nameof(PurchaseStatusCode), PurchaseStatusCode), (nameof(LeadTypeCode), LeadTypeCode),
        (nameof(LeadCategoryCode), LeadCategoryCode), (nameof(LeadSourceCode), LeadSourceCode),
        (nameof(LeadCampaignCode), LeadCampaignCode), (nameof(LeadStatusCode), LeadStatusCode),
        (nameof(ConditionCode), ConditionCode),
    ];

    private static void MaxLength(ValidationErrorCollector errors, ValidationPath path, string name, PatchField<string?> value, int max)
    {
        if (value.IsSet && value.Value is { Length: var length } && length > max)
        {
            errors.Add(path, name, "MaxLength", $"{name} must be at most {max} characters (it has {length}).");
        }
    }

    private static void WriteFields(Utf8JsonWriter writer, string name, PatchField<IReadOnlyDictionary<string, string?>?> fields)
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
