using System.Text.Json.Serialization;

namespace Leads.Sdk.CrmApi.Models;

/// <summary>
/// Identifies a contact by exactly one of <c>id</c>, <c>id_number</c>, <c>passport_number</c>,
/// <c>social_security_number</c>, <c>vat_registration_number</c>, <c>registration_number</c>.
/// </summary>
public sealed class CrmContactInformationIdentifier : CrmIdentifier
{
    /// <summary>The contact's ID (<c>id</c>).</summary>
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    /// <summary>The contact's ID card number (<c>id_number</c>).</summary>
    [JsonPropertyName("id_number")]
    public string? IdNumber { get; set; }

    /// <summary>The contact's passport number (<c>passport_number</c>).</summary>
    [JsonPropertyName("passport_number")]
    public string? PassportNumber { get; set; }

    /// <summary>The contact's social security number (<c>social_security_number</c>).</summary>
    [JsonPropertyName("social_security_number")]
    public string? SocialSecurityNumber { get; set; }

    /// <summary>The company's VAT registration number (<c>vat_registration_number</c>).</summary>
    [JsonPropertyName("vat_registration_number")]
    public string? VatRegistrationNumber { get; set; }

    /// <summary>The company's registration number (<c>registration_number</c>).</summary>
    [JsonPropertyName("registration_number")]
    public string? RegistrationNumber { get; set; }

    internal override string AllowedKeys => "id, id_number, passport_number, social_security_number, vat_registration_number, registration_number";

    internal override int SetKeyCount => Count(Id, IdNumber, PassportNumber, SocialSecurityNumber, VatRegistrationNumber, RegistrationNumber);

    /// <summary>By ID.</summary>
    /// <param name="id">The ID.</param>
    public static CrmContactInformationIdentifier ById(string id) => new() { Id = id };

    /// <summary>By ID card number.</summary>
    /// <param name="idNumber">The ID card number.</param>
    public static CrmContactInformationIdentifier ByIdNumber(string idNumber) => new() { IdNumber = idNumber };

    /// <summary>By passport number.</summary>
    /// <param name="passportNumber">The passport number.</param>
    public static CrmContactInformationIdentifier ByPassportNumber(string passportNumber) => new() { PassportNumber = passportNumber };

    /// <summary>By social security number.</summary>
    /// <param name="socialSecurityNumber">The social security number.</param>
    public static CrmContactInformationIdentifier BySocialSecurityNumber(string socialSecurityNumber) => new() { SocialSecurityNumber = socialSecurityNumber };

    /// <summary>By VAT registration number.</summary>
    /// <param name="vatRegistrationNumber">The VAT registration number.</param>
    public static CrmContactInformationIdentifier ByVatRegistrationNumber(string vatRegistrationNumber) => new() { VatRegistrationNumber = vatRegistrationNumber };

    /// <summary>By registration number.</summary>
    /// <param name="registrationNumber">The registration number.</param>
    public static CrmContactInformationIdentifier ByRegistrationNumber(string registrationNumber) => new() { RegistrationNumber = registrationNumber };
}
