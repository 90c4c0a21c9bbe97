using System.Text.Json.Serialization;

namespace Leads.Sdk.Aimbase.OData.Models;

/// <summary>A lead as the Lead OData V2 API returns it (<c>/odata/V2/Leads</c>). Navigation properties are filled only when expanded.</summary>
public sealed class AimbaseODataLead : AimbaseODataEntity
{
    private LeadsResponse? _rawResponse;

    /// <summary>The Aimbase ID of the lead.</summary>
    public int Id { get; init; }

    /// <summary>An external system ID (max 50).</summary>
    public string? ExternalId { get; init; }

    /// <summary>The lead's unique identifier.</summary>
    public Guid? LeadUid { get; init; }

    /// <summary>The prospect's Aimbase identifier.</summary>
    public int? ProspectId { get; init; }

    /// <summary>The dealer's Aimbase identifier.</summary>
    public int? DealerId { get; init; }

    /// <summary>The product's Aimbase identifier.</summary>
    public int? ProductId { get; init; }

    /// <summary>The date the lead was entered (editable).</summary>
    public DateTimeOffset? LeadDate { get; init; }

    /// <summary>The date the lead was viewed by the assigned contact.</summary>
    public DateTimeOffset? ViewedDate { get; init; }

    /// <summary>The event on the lead (max 50, editable).</summary>
    public string? Event { get; init; }

    /// <summary>The score on the lead.</summary>
    public int? Score { get; init; }

    /// <summary>The creation date of the lead.</summary>
    public DateTimeOffset? CreateDate { get; init; }

    /// <summary>The latest update date of the lead.</summary>
    public DateTimeOffset? UpdateDate { get; init; }

    /// <summary>The id of the account that created the lead.</summary>
    public int? CreateAccountId { get; init; }

    /// <summary>The id of the account that last updated the lead.</summary>
    public int? UpdateAccountId { get; init; }

    /// <summary>The date the lead was sent to the contact.</summary>
    public DateTimeOffset? SentDate { get; init; }

    /// <summary>The medium on the lead (max 200, editable).</summary>
    public string? Medium { get; init; }

    /// <summary>The term on the lead (shown in the doc's second example, not in its schema).</summary>
    public string? Term { get; init; }

    /// <summary>The content on the lead (shown in the doc's second example, not in its schema).</summary>
    public string? Content { get; init; }

    /// <summary>The computed text of the score on the lead (max 30).</summary>
    public string? ScoreText { get; init; }

    /// <summary>The id of the prospect interest.</summary>
    public int? ProspectInterestId { get; init; }

    /// <summary>Whether the lead is in an active state.</summary>
    public bool? IsActive { get; init; }

    /// <summary>The staging lead ID of the lead.</summary>
    public int? StagingLeadId { get; init; }

    /// <summary>Distance of the lead from the assigned dealer.</summary>
    public int? DealerDistance { get; init; }

    /// <summary>Distance in miles of the lead from the assigned dealer (the doc says Integer; its example has a fraction).</summary>
    public double? DealerDistanceMiles { get; init; }

    /// <summary>How the dealer was matched, for example <c>Preassigned</c> (example only).</summary>
    public string? DealerMatchType { get; init; }

    /// <summary>Whether the lead is qualified.</summary>
    public bool? IsQualified { get; init; }

    /// <summary>The follow up status code of the lead (editable).</summary>
    public string? FollowUpStatusCode { get; init; }

    /// <summary>The purchase status code of the lead (editable).</summary>
    public string? PurchaseStatusCode { get; init; }

    /// <summary>The lead type code (editable).</summary>
    public string? LeadTypeCode { get; init; }

    /// <summary>The lead category code (editable).</summary>
    public string? LeadCategoryCode { get; init; }

    /// <summary>The lead source code (editable).</summary>
    public string? LeadSourceCode { get; init; }

    /// <summary>The lead campaign code (editable).</summary>
    public string? LeadCampaignCode { get; init; }

    /// <summary>The lead status code (editable); the server's default is <c>Pending</c>.</summary>
    public string? LeadStatusCode { get; init; }

    /// <summary>The OEM program the lead is associated with, if any.</summary>
    public string? Program { get; init; }

    /// <summary>The condition of the product: New (<c>N</c>), Used (<c>U</c>) or Showroom (<c>S</c>) (editable).</summary>
    public string? ConditionCode { get; init; }

    /// <summary>For shared leads: the manufacturer code of the Aimbase instance the lead is shared to (max 20).</summary>
    public string? OemManufacturerCode { get; init; }

    /// <summary>For shared leads: the dealer number in the Aimbase instance the lead is shared to (max 20).</summary>
    public string? OemDealerNumber { get; init; }

    /// <summary>The delivery option (example only).</summary>
    public string? DeliveryOption { get; init; }

    /// <summary>Custom fields defined in Aimbase, <c>"FieldName": "FieldValue"</c> (editable).</summary>
    public IReadOnlyDictionary<string, string?>? Customs { get; init; }

    /// <summary>Metadata on the lead, <c>"FieldName": "FieldValue"</c> (editable).</summary>
    public IReadOnlyDictionary<string, string?>? Metadata { get; init; }

    /// <summary>The prospect, when expanded with <c>$expand=Prospect</c>.</summary>
    public AimbaseODataProspect? Prospect { get; init; }

    /// <summary>The dealer, when expanded with <c>$expand=Dealer</c>.</summary>
    public AimbaseODataDealer? Dealer { get; init; }

    /// <summary>The product, when expanded with <c>$expand=Product</c>.</summary>
    public AimbaseODataProduct? Product { get; init; }

    /// <summary>
    /// The HTTP response this lead came from (status, headers, request id), set by <c>GetLeadAsync</c>;
    /// <see langword="null"/> for a lead read as part of a page (see <c>ODataPage&lt;T&gt;.RawResponse</c>) or one you built yourself.
    /// </summary>
    [JsonIgnore]
    public LeadsResponse? RawResponse { get => _rawResponse; init => _rawResponse = value; }

    internal AimbaseODataLead WithRawResponse(LeadsResponse rawResponse)
    {
        _rawResponse = rawResponse;
        return this;
    }
}
