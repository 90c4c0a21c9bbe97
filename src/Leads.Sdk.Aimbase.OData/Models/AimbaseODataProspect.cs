using System.Text.Json.Serialization;

namespace Leads.Sdk.Aimbase.OData.Models;

/// <summary>A prospect (the person behind a lead), as expanded from a lead.</summary>
public sealed class AimbaseODataProspect : AimbaseODataEntity
{
    /// <summary>The prospect's Aimbase identifier.</summary>
    public int Id { get; init; }

    /// <summary>An external system ID.</summary>
    public string? ExternalId { get; init; }

    /// <summary>The prospect's unique identifier.</summary>
    public Guid? ProspectUid { get; init; }

    /// <summary>The prospect aggregation identifier.</summary>
    public int? ProspectAggregationId { get; init; }

    /// <summary>The company's Aimbase identifier.</summary>
    public int? CompanyId { get; init; }

    /// <summary>The last name.</summary>
    public string? LastName { get; init; }

    /// <summary>The first name.</summary>
    public string? FirstName { get; init; }

    /// <summary>The title.</summary>
    public string? Title { get; init; }

    /// <summary>The first address line.</summary>
    public string? Address1 { get; init; }

    /// <summary>The second address line.</summary>
    public string? Address2 { get; init; }

    /// <summary>The city.</summary>
    public string? City { get; init; }

    /// <summary>The state.</summary>
    public string? State { get; init; }

    /// <summary>The postal code, as sent (the server may pad it with spaces).</summary>
    public string? PostalCode { get; init; }

    /// <summary>The ZIP+4 extension.</summary>
    [JsonPropertyName("ZIP4")]
    public string? Zip4 { get; init; }

    /// <summary>The company name.</summary>
    public string? CompanyName { get; init; }

    /// <summary>The title at the company.</summary>
    public string? CompanyTitle { get; init; }

    /// <summary>The county.</summary>
    public string? County { get; init; }

    /// <summary>The country name.</summary>
    public string? Country { get; init; }

    /// <summary>The home phone.</summary>
    public string? HomePhone { get; init; }

    /// <summary>The work phone.</summary>
    public string? WorkPhone { get; init; }

    /// <summary>The fax number.</summary>
    public string? Fax { get; init; }

    /// <summary>The email address.</summary>
    public string? Email { get; init; }

    /// <summary>Whether the prospect refused phone contact.</summary>
    [JsonPropertyName("PhoneRefused")]
    public bool? IsPhoneRefused { get; init; }

    /// <summary>Whether the prospect refused text messages.</summary>
    [JsonPropertyName("TextRefused")]
    public bool? IsTextRefused { get; init; }

    /// <summary>Whether the prospect refused mail.</summary>
    [JsonPropertyName("MailRefused")]
    public bool? IsMailRefused { get; init; }

    /// <summary>The FIPS code.</summary>
    [JsonPropertyName("FIPSCode")]
    public string? FipsCode { get; init; }

    /// <summary>The census code.</summary>
    public string? CensusCode { get; init; }

    /// <summary>Whether the address is CASS certified.</summary>
    [JsonPropertyName("CassCertified")]
    public bool? IsCassCertified { get; init; }

    /// <summary>The country code, for example <c>US</c>.</summary>
    public string? CountryCode { get; init; }

    /// <summary>The mobile phone.</summary>
    public string? MobilePhone { get; init; }

    /// <summary>The address status.</summary>
    [JsonPropertyName("AddrStatus")]
    public string? AddressStatus { get; init; }

    /// <summary>The address error.</summary>
    [JsonPropertyName("AddrError")]
    public string? AddressError { get; init; }

    /// <summary>The language code.</summary>
    [JsonPropertyName("LangCode")]
    public string? LanguageCode { get; init; }

    /// <summary>Whether CASS is overridden.</summary>
    [JsonPropertyName("CassOverride")]
    public bool? IsCassOverridden { get; init; }

    /// <summary>Whether the prospect is active.</summary>
    public bool? IsActive { get; init; }

    /// <summary>Whether the email is known to be invalid.</summary>
    public bool? IsInvalidEmail { get; init; }

    /// <summary>Whether the address was cleaned.</summary>
    public bool? IsAddressCleaned { get; init; }

    /// <summary>Whether the prospect refused email.</summary>
    [JsonPropertyName("EmailRefused")]
    public bool? IsEmailRefused { get; init; }

    /// <summary>The prospect's score.</summary>
    public int? Score { get; init; }

    /// <summary>The computed text of the score.</summary>
    public string? ScoreText { get; init; }

    /// <summary>The legacy customer identifier.</summary>
    public int? LegacyCustomerId { get; init; }

    /// <summary>The prospect type at origin.</summary>
    public string? OriginProspectType { get; init; }

    /// <summary>The current prospect type.</summary>
    public string? CurrentProspectType { get; init; }

    /// <summary>The competitive brand.</summary>
    public string? CompetitiveBrand { get; init; }

    /// <summary>The latitude.</summary>
    public double? Latitude { get; init; }

    /// <summary>The longitude.</summary>
    public double? Longitude { get; init; }

    /// <summary>Whether the prospect is nurtured.</summary>
    public bool? IsNurtured { get; init; }

    /// <summary>The home phone, digits only.</summary>
    public string? HomePhoneNumeric { get; init; }

    /// <summary>The work phone, digits only.</summary>
    public string? WorkPhoneNumeric { get; init; }

    /// <summary>The mobile phone, digits only.</summary>
    public string? MobilePhoneNumeric { get; init; }

    /// <summary>The creation date.</summary>
    public DateTimeOffset? CreateDate { get; init; }

    /// <summary>The latest update date.</summary>
    public DateTimeOffset? UpdateDate { get; init; }

    /// <summary>The id of the account that created the prospect.</summary>
    public int? CreateAccountId { get; init; }

    /// <summary>The id of the account that last updated the prospect.</summary>
    public int? UpdateAccountId { get; init; }

    /// <summary>Custom fields of the prospect, <c>"FieldName": "FieldValue"</c>.</summary>
    public IReadOnlyDictionary<string, string?>? Customs { get; init; }

    /// <summary>The company, when expanded with <c>Prospect($expand=Company)</c>.</summary>
    public AimbaseODataCompany? Company { get; init; }
}
