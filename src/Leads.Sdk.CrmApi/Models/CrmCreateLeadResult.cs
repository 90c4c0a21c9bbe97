using System.Text.Json;
using System.Text.Json.Serialization;

namespace Leads.Sdk.CrmApi.Models;

/// <summary>
/// What <c>leads/create</c> returned: the fields of the new lead the server chose to send (the leads/show shape is
/// inferred, and <see cref="CrmCreateLeadRequest.FieldsSet"/> trims it), so every property is optional; fields this
/// version does not know are in <see cref="AdditionalFields"/>. Constructible with initialisers so tests can fake it.
/// </summary>
public sealed class CrmCreateLeadResult
{
    private static readonly IReadOnlyDictionary<string, JsonElement> NoFields = new Dictionary<string, JsonElement>(StringComparer.Ordinal);

    private LeadsResponse? _rawResponse;

    /// <summary>The lead's ID (<c>id</c>, 32 hexadecimal characters).</summary>
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    /// <summary>The lead's number (<c>number</c>).</summary>
    [JsonPropertyName("number")]
    public string? Number { get; init; }

    /// <summary>The life cycle state (<c>life_cycle_state</c>); <see cref="CrmLeadLifeCycleState.Unknown"/> for a state this version does not know.</summary>
    [JsonPropertyName("life_cycle_state")]
    public CrmLeadLifeCycleState? LifeCycleState { get; init; }

    /// <summary>The description (<c>description</c>).</summary>
    [JsonPropertyName("description")]
    public string? Description { get; init; }

    /// <summary>The importance (<c>importance</c>).</summary>
    [JsonPropertyName("importance")]
    public CrmLeadImportance? Importance { get; init; }

    /// <summary>The priority (<c>priority</c>).</summary>
    [JsonPropertyName("priority")]
    public CrmLeadPriority? Priority { get; init; }

    /// <summary>The probability to win, 0 to 100 (<c>probability_to_win</c>).</summary>
    [JsonPropertyName("probability_to_win")]
    public decimal? ProbabilityToWin { get; init; }

    /// <summary>The target amount (<c>target_amount</c>).</summary>
    [JsonPropertyName("target_amount")]
    public decimal? TargetAmount { get; init; }

    /// <summary>The contact e-mail (<c>contact_email</c>).</summary>
    [JsonPropertyName("contact_email")]
    public string? ContactEmail { get; init; }

    /// <summary>The contact phone (<c>contact_phone</c>).</summary>
    [JsonPropertyName("contact_phone")]
    public string? ContactPhone { get; init; }

    /// <summary>The lead type (<c>type</c>).</summary>
    [JsonPropertyName("type")]
    public CrmReference? Type { get; init; }

    /// <summary>The status (<c>status</c>).</summary>
    [JsonPropertyName("status")]
    public CrmReference? Status { get; init; }

    /// <summary>The category (<c>category</c>).</summary>
    [JsonPropertyName("category")]
    public CrmReference? Category { get; init; }

    /// <summary>The contact (<c>contact_information</c>).</summary>
    [JsonPropertyName("contact_information")]
    public CrmReference? ContactInformation { get; init; }

    /// <summary>The start date (<c>start_date</c>).</summary>
    [JsonPropertyName("start_date")]
    public DateTimeOffset? StartDate { get; init; }

    /// <summary>The expected completion date (<c>expected_completion_date</c>).</summary>
    [JsonPropertyName("expected_completion_date")]
    public DateTimeOffset? ExpectedCompletionDate { get; init; }

    /// <summary><c>udf_string_1</c>.</summary>
    [JsonPropertyName("udf_string_1")]
    public string? UdfString1 { get; init; }

    /// <summary><c>udf_string_2</c>.</summary>
    [JsonPropertyName("udf_string_2")]
    public string? UdfString2 { get; init; }

    /// <summary><c>udf_string_3</c>.</summary>
    [JsonPropertyName("udf_string_3")]
    public string? UdfString3 { get; init; }

    /// <summary><c>udf_string_4</c>.</summary>
    [JsonPropertyName("udf_string_4")]
    public string? UdfString4 { get; init; }

    /// <summary><c>udf_string_5</c>.</summary>
    [JsonPropertyName("udf_string_5")]
    public string? UdfString5 { get; init; }

    /// <summary><c>udf_string_6</c>.</summary>
    [JsonPropertyName("udf_string_6")]
    public string? UdfString6 { get; init; }

    /// <summary><c>udf_string_7</c>.</summary>
    [JsonPropertyName("udf_string_7")]
    public string? UdfString7 { get; init; }

    /// <summary><c>udf_string_8</c>.</summary>
    [JsonPropertyName("udf_string_8")]
    public string? UdfString8 { get; init; }

    /// <summary><c>udf_float_1</c>.</summary>
    [JsonPropertyName("udf_float_1")]
    public double? UdfFloat1 { get; init; }

    /// <summary><c>udf_float_2</c>.</summary>
    [JsonPropertyName("udf_float_2")]
    public double? UdfFloat2 { get; init; }

    /// <summary><c>udf_float_3</c>.</summary>
    [JsonPropertyName("udf_float_3")]
    public double? UdfFloat3 { get; init; }

    /// <summary><c>udf_float_4</c>.</summary>
    [JsonPropertyName("udf_float_4")]
    public double? UdfFloat4 { get; init; }

    /// <summary><c>udf_date_1</c>.</summary>
    [JsonPropertyName("udf_date_1")]
    public DateTimeOffset? UdfDate1 { get; init; }

    /// <summary><c>udf_date_2</c>.</summary>
    [JsonPropertyName("udf_date_2")]
    public DateTimeOffset? UdfDate2 { get; init; }

    /// <summary><c>udf_date_3</c>.</summary>
    [JsonPropertyName("udf_date_3")]
    public DateTimeOffset? UdfDate3 { get; init; }

    /// <summary><c>udf_date_4</c>.</summary>
    [JsonPropertyName("udf_date_4")]
    public DateTimeOffset? UdfDate4 { get; init; }

    /// <summary>The HTTP response this result came from (status, headers, request id); null for one you built yourself.</summary>
    [JsonIgnore]
    public LeadsResponse? RawResponse { get => _rawResponse; init => _rawResponse = value; }

    /// <summary>
    /// The members of the response's <c>data</c> object this model does not map, by their JSON name, as raw JSON
    /// values; empty when there are none, never null.
    /// </summary>
    [JsonIgnore]
    public IReadOnlyDictionary<string, JsonElement> AdditionalFields => UnknownFields ?? NoFields;

    // Filled by the serializer (an extension-data property must be a mutable dictionary); read through AdditionalFields.
    [JsonExtensionData]
    [JsonInclude]
    internal Dictionary<string, JsonElement>? UnknownFields { get; set; }

    /// <summary>Attaches the response the client read this result from.</summary>
    internal void SetRawResponse(LeadsResponse response) => _rawResponse = response;
}
