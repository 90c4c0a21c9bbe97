using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Leads.Sdk.CrmApi.Serialization;

namespace Leads.Sdk.CrmApi.Models;

/// <summary>
/// The body of <c>leads/create</c>: every field of the documentation, one property each. Build it with property
/// initialisers or with <see cref="CrmCreateLeadRequestBuilder"/>. The login token is added by the client.
/// </summary>
public sealed class CrmCreateLeadRequest
{
    /// <summary>The contact's e-mail address (<c>contact_email</c>); mandatory when the lead type's communication settings send an e-mail on creation.</summary>
    [JsonPropertyName("contact_email")]
    public string? ContactEmail { get; set; }

    /// <summary>The contact's phone (<c>contact_phone</c>); mandatory when the lead type's communication settings phone on creation.</summary>
    [JsonPropertyName("contact_phone")]
    public string? ContactPhone { get; set; }

    /// <summary>The accounts receivable related to the lead (<c>accounts_receivable_identifier</c>); mandatory when the contact is already a customer, and it must be the contact's own.</summary>
    [JsonPropertyName("accounts_receivable_identifier")]
    public CrmAccountsReceivableIdentifier? AccountsReceivable { get; set; }

    /// <summary>A description of the lead (<c>description</c>); optional.</summary>
    [JsonPropertyName("description")]
    public string? Description { get; set; }

    /// <summary>The probability to win the lead, 0 to 100 (<c>probability_to_win</c>); optional.</summary>
    [JsonPropertyName("probability_to_win")]
    public decimal? ProbabilityToWin { get; set; }

    /// <summary>The importance (<c>importance</c>); mandatory.</summary>
    [JsonPropertyName("importance")]
    public CrmLeadImportance? Importance { get; set; }

    /// <summary>The priority (<c>priority</c>, 1–6); mandatory.</summary>
    [JsonPropertyName("priority")]
    public CrmLeadPriority? Priority { get; set; }

    /// <summary>The amount predicted to be gained when the lead is won (<c>target_amount</c>); optional, not negative.</summary>
    [JsonPropertyName("target_amount")]
    public decimal? TargetAmount { get; set; }

    /// <summary>The lead type (<c>type_identifier</c>: id, name or alternative_code); mandatory.</summary>
    [JsonPropertyName("type_identifier")]
    public CrmEntityIdentifier? Type { get; set; }

    /// <summary>The status (<c>status_identifier</c>); optional, the lead type's default status on create when omitted.</summary>
    [JsonPropertyName("status_identifier")]
    public CrmEntityIdentifier? Status { get; set; }

    /// <summary>Why the lead was lost (<c>lost_reason_identifier</c>); mandatory and applicable only when the lead is created in a status classified as lost.</summary>
    [JsonPropertyName("lost_reason_identifier")]
    public CrmEntityIdentifier? LostReason { get; set; }

    /// <summary>The category (<c>category_identifier</c>); optional, the lead type's default category when omitted.</summary>
    [JsonPropertyName("category_identifier")]
    public CrmEntityIdentifier? Category { get; set; }

    /// <summary>The group that owns the lead (<c>owned_by_group_identifier</c>).</summary>
    [JsonPropertyName("owned_by_group_identifier")]
    public CrmEntityIdentifier? OwnedByGroup { get; set; }

    /// <summary>The privacy level (<c>privacy_level_identifier</c>).</summary>
    [JsonPropertyName("privacy_level_identifier")]
    public CrmEntityIdentifier? PrivacyLevel { get; set; }

    /// <summary>The user who owns the lead (<c>lead_owner</c>: id or username).</summary>
    [JsonPropertyName("lead_owner")]
    public CrmUserIdentifier? LeadOwner { get; set; }

    /// <summary>User-defined field of type string 1 (<c>udf_string_1</c>); optional.</summary>
    [JsonPropertyName("udf_string_1")]
    public string? UdfString1 { get; set; }

    /// <summary>User-defined field of type string 2 (<c>udf_string_2</c>); optional.</summary>
    [JsonPropertyName("udf_string_2")]
    public string? UdfString2 { get; set; }

    /// <summary>User-defined field of type string 3 (<c>udf_string_3</c>); optional.</summary>
    [JsonPropertyName("udf_string_3")]
    public string? UdfString3 { get; set; }

    /// <summary>User-defined field of type string 4 (<c>udf_string_4</c>); optional.</summary>
    [JsonPropertyName("udf_string_4")]
    public string? UdfString4 { get; set; }

    /// <summary>User-defined field of type string 5 (<c>udf_string_5</c>); optional.</summary>
    [JsonPropertyName("udf_string_5")]
    public string? UdfString5 { get; set; }

    /// <summary>User-defined field of type string 6 (<c>udf_string_6</c>); optional.</summary>
    [JsonPropertyName("udf_string_6")]
    public string? UdfString6 { get; set; }

    /// <summary>User-defined field of type string 7 (<c>udf_string_7</c>); optional.</summary>
    [JsonPropertyName("udf_string_7")]
    public string? UdfString7 { get; set; }

    /// <summary>User-defined field of type string 8 (<c>udf_string_8</c>); optional.</summary>
    [JsonPropertyName("udf_string_8")]
    public string? UdfString8 { get; set; }

    /// <summary>User-defined field of type float 1 (<c>udf_float_1</c>); optional, a finite number.</summary>
    [JsonPropertyName("udf_float_1")]
    public double? UdfFloat1 { get; set; }

    /// <summary>User-defined field of type float 2 (<c>udf_float_2</c>); optional, a finite number.</summary>
    [JsonPropertyName("udf_float_2")]
    public double? UdfFloat2 { get; set; }

    /// <summary>User-defined field of type float 3 (<c>udf_float_3</c>); optional, a finite number.</summary>
    [JsonPropertyName("udf_float_3")]
    public double? UdfFloat3 { get; set; }

    /// <summary>User-defined field of type float 4 (<c>udf_float_4</c>); optional, a finite number.</summary>
    [JsonPropertyName("udf_float_4")]
    public double? UdfFloat4 { get; set; }

    /// <summary>User-defined field of type date 1 (<c>udf_date_1</c>); optional. Written in <see cref="CrmApiClientOptions.DateFormat"/>.</summary>
    [JsonPropertyName("udf_date_1")]
    public DateTimeOffset? UdfDate1 { get; set; }

    /// <summary>User-defined field of type date 2 (<c>udf_date_2</c>); optional. Written in <see cref="CrmApiClientOptions.DateFormat"/>.</summary>
    [JsonPropertyName("udf_date_2")]
    public DateTimeOffset? UdfDate2 { get; set; }

    /// <summary>User-defined field of type date 3 (<c>udf_date_3</c>); optional. Written in <see cref="CrmApiClientOptions.DateFormat"/>.</summary>
    [JsonPropertyName("udf_date_3")]
    public DateTimeOffset? UdfDate3 { get; set; }

    /// <summary>User-defined field of type date 4 (<c>udf_date_4</c>); optional. Written in <see cref="CrmApiClientOptions.DateFormat"/>.</summary>
    [JsonPropertyName("udf_date_4")]
    public DateTimeOffset? UdfDate4 { get; set; }

    /// <summary>The date the lead is created (<c>start_date</c>). Written in <see cref="CrmApiClientOptions.DateFormat"/>.</summary>
    [JsonPropertyName("start_date")]
    public DateTimeOffset? StartDate { get; set; }

    /// <summary>When the lead is expected to be completed (<c>expected_completion_date</c>); calculated by the server from <see cref="EstimatedCompletionTime"/> when that is given.</summary>
    [JsonPropertyName("expected_completion_date")]
    public DateTimeOffset? ExpectedCompletionDate { get; set; }

    /// <summary>The estimated time to complete the lead (<c>estimated_completion_time</c>, semi-optional); calculated by the server from <see cref="ExpectedCompletionDate"/> when that is given.</summary>
    [JsonPropertyName("estimated_completion_time")]
    public CrmTimePeriod? EstimatedCompletionTime { get; set; }

    /// <summary>
    /// The contact the lead relates to (doc: Contact information object, mandatory; JSON name inferred). Required unless
    /// <see cref="AdditionalFields"/> has entries: they may carry it under your server's name.
    /// </summary>
    [JsonPropertyName(CrmApiWireNames.ContactInformation)]
    public CrmContactInformationIdentifier? ContactInformation { get; set; }

    /// <summary>
    /// Where the lead came from (doc: Lead Source, mandatory; JSON name inferred). Required unless
    /// <see cref="AdditionalFields"/> has entries: they may carry it under your server's name.
    /// </summary>
    [JsonPropertyName(CrmApiWireNames.Source)]
    public CrmLeadSource? Source { get; set; }

    /// <summary>Who the lead is assigned to (<c>assigned_to</c>); required by the server unless set by its ACR rules.</summary>
    [JsonPropertyName("assigned_to")]
    public CrmLeadAssignment? AssignedTo { get; set; }

    /// <summary>Competitors that can reach the same lead (doc: Set of Lead Competitors, optional; JSON name inferred).</summary>
    [JsonPropertyName(CrmApiWireNames.CompetitorsSet)]
    public IList<CrmLeadCompetitor>? Competitors { get; set; }

    /// <summary>The team involved with the lead (doc: Set of Lead Users, optional; JSON name inferred).</summary>
    [JsonPropertyName(CrmApiWireNames.UsersSet)]
    public IList<CrmLeadUser>? Users { get; set; }

    /// <summary>The products the lead was taken for (doc: Set of Lead Products Objects, optional; JSON name inferred).</summary>
    [JsonPropertyName(CrmApiWireNames.ProductsSet)]
    public IList<CrmLeadProduct>? Products { get; set; }

    /// <summary>The services the lead was taken for (doc: Set of lead Services Objects, optional; JSON name inferred).</summary>
    [JsonPropertyName(CrmApiWireNames.ServicesSet)]
    public IList<CrmLeadProduct>? Services { get; set; }

    /// <summary>The physical goods the lead was taken for (doc: Set of lead Physical Goods Objects, optional; JSON name inferred).</summary>
    [JsonPropertyName(CrmApiWireNames.PhysicalGoodsSet)]
    public IList<CrmLeadProduct>? PhysicalGoods { get; set; }

    /// <summary>The subscription package the lead was taken for (doc: The Subscription Package Object, optional; JSON name inferred).</summary>
    [JsonPropertyName(CrmApiWireNames.SubscriptionPackage)]
    public CrmLeadSubscriptionPackage? SubscriptionPackage { get; set; }

    /// <summary>The fields the server should return (<c>fields_set</c>, sent comma separated); all fields when omitted.</summary>
    [JsonPropertyName("fields_set")]
    [JsonConverter(typeof(CommaSeparatedListConverter))]
    public IList<string>? FieldsSet { get; set; }

    /// <summary>
    /// Fields the model does not have, written in the JSON body after the model's fields, in insertion order: for a
    /// field under the name your server uses where the SDK's name is inferred (see the package README), or a field
    /// this version does not know. Keys are compared ordinally. A key the model already writes (or <c>token</c>) is a
    /// <see cref="LeadsValidationException"/> naming <c>AdditionalFields[key]</c>: set the property instead.
    /// </summary>
    [JsonIgnore]
    public IDictionary<string, JsonNode?> AdditionalFields { get; } = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);

    /// <inheritdoc/>
    /// <remarks>Prints no personal data.</remarks>
    public override string ToString() => $"CrmCreateLeadRequest {{ Importance = {Importance}, Priority = {Priority} }}";
}
