using System.Text.Json.Serialization;

namespace Leads.Sdk.Aimbase.OData.Models;

/// <summary>The dealer a lead is assigned to, as expanded from a lead.</summary>
public sealed class AimbaseODataDealer : AimbaseODataEntity
{
    /// <summary>The dealer's Aimbase identifier.</summary>
    public int Id { get; init; }

    /// <summary>The dealer's name.</summary>
    public string? Name { get; init; }

    /// <summary>The dealer type identifier.</summary>
    public int? DealerTypeId { get; init; }

    /// <summary>The dealer type code.</summary>
    public string? DealerTypeCode { get; init; }

    /// <summary>The manufacturer identifier.</summary>
    public int? ManufacturerId { get; init; }

    /// <summary>The manufacturer's dealer number.</summary>
    [JsonPropertyName("MfgDealerNbr")]
    public string? ManufacturerDealerNumber { get; init; }

    /// <summary>The manufacturer's dealer sub-number.</summary>
    [JsonPropertyName("MfgDealerSubNbr")]
    public string? ManufacturerDealerSubNumber { get; init; }

    /// <summary>The dealer number.</summary>
    [JsonPropertyName("DealerNbr")]
    public string? DealerNumber { get; init; }

    /// <summary>The contact's name.</summary>
    public string? Contact { get; init; }

    /// <summary>The contact preference identifier.</summary>
    public int? ContactPreferenceId { get; init; }

    /// <summary>The contact preference code.</summary>
    public string? ContactPreferenceCode { get; init; }

    /// <summary>The email address.</summary>
    [JsonPropertyName("EMail")]
    public string? Email { get; init; }

    /// <summary>The email address copied on leads.</summary>
    public string? EmailCC { get; init; }

    /// <summary>The website address.</summary>
    public string? WebsiteUrl { get; init; }

    /// <summary>The first address line.</summary>
    public string? Address1 { get; init; }

    /// <summary>The second address line.</summary>
    public string? Address2 { get; init; }

    /// <summary>The city.</summary>
    public string? City { get; init; }

    /// <summary>The state.</summary>
    public string? State { get; init; }

    /// <summary>The postal code.</summary>
    public string? PostalCode { get; init; }

    /// <summary>The county.</summary>
    public string? County { get; init; }

    /// <summary>The country name.</summary>
    public string? Country { get; init; }

    /// <summary>The country code.</summary>
    public string? CountryCode { get; init; }

    /// <summary>The phone number.</summary>
    public string? Phone { get; init; }

    /// <summary>The fax number.</summary>
    public string? Fax { get; init; }

    /// <summary>The toll-free number.</summary>
    public string? TollFree { get; init; }

    /// <summary>The FIPS code.</summary>
    [JsonPropertyName("FIPSCode")]
    public string? FipsCode { get; init; }

    /// <summary>The census code.</summary>
    public string? CensusCode { get; init; }

    /// <summary>The geocoding result.</summary>
    public string? GeoResult { get; init; }

    /// <summary>The language code.</summary>
    [JsonPropertyName("LangCode")]
    public string? LanguageCode { get; init; }

    /// <summary>Whether the dealer is active.</summary>
    public bool? IsActive { get; init; }

    /// <summary>Whether the dealer is flagged as a poor performer.</summary>
    public bool? IsPoorPerformer { get; init; }

    /// <summary>Whether leads to the dealer are held.</summary>
    public bool? IsLeadHeld { get; init; }

    /// <summary>Whether PSI is disabled.</summary>
    public bool? IsPsiDisabled { get; init; }

    /// <summary>Whether the nurture stream is disabled.</summary>
    public bool? IsNurtureStreamDisabled { get; init; }

    /// <summary>The application context identifier.</summary>
    public int? ApplicationContextId { get; init; }

    /// <summary>The creation date.</summary>
    public DateTimeOffset? CreateDate { get; init; }

    /// <summary>The latest update date.</summary>
    public DateTimeOffset? UpdateDate { get; init; }

    /// <summary>The id of the account that created the dealer.</summary>
    public int? CreateAccountId { get; init; }

    /// <summary>The id of the account that last updated the dealer.</summary>
    public int? UpdateAccountId { get; init; }

    /// <summary>The legacy dealer identifier.</summary>
    public int? LegacyDealerId { get; init; }

    /// <summary>The latitude.</summary>
    public double? Latitude { get; init; }

    /// <summary>The longitude.</summary>
    public double? Longitude { get; init; }

    /// <summary>The dealer group identifier.</summary>
    public int? DealerGroupId { get; init; }

    /// <summary>The dealer group code (sent as <c>DealerGroupcode</c>).</summary>
    [JsonPropertyName("DealerGroupcode")]
    public string? DealerGroupCode { get; init; }

    /// <summary>The salesperson assignment type identifier.</summary>
    public int? SalespersonAssignmentTypeId { get; init; }

    /// <summary>The salesperson assignment type code.</summary>
    public string? SalespersonAssignmentTypeCode { get; init; }

    /// <summary>The time zone.</summary>
    public string? TimeZone { get; init; }

    /// <summary>Whether rerouting away from this dealer is disabled.</summary>
    public bool? IsRerouteAwayDisabled { get; init; }
}
