using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Leads.Sdk.Aimbase.Schema;
using Leads.Sdk.Aimbase.Serialization;

namespace Leads.Sdk.Aimbase.Models;

/// <summary>
/// One lead for the Aimbase Lead API, with every field of the doc's Lead Data Schema. Build one with
/// <see cref="AimbaseLeadBuilder"/> (required fields first) or set the properties directly.
/// Property names are the wire names in both JSON and XML, except the booleans, which read as questions
/// (<see cref="IsSmsOptIn"/> is sent as <c>SMSOptIn</c>, <see cref="ShouldSendLead"/> as <c>SendLead</c>); the declaration
/// order is the order of the doc's XML example (then its JSON example, then the schema table), which is the order the
/// fields are sent in. Fields the model lacks go in <see cref="AdditionalFields"/>. Each field's maximum length and format are
/// the doc's Lead Data Schema's; the client checks them before anything is sent (the package README, Validation).
/// </summary>
public sealed class AimbaseLead
{
    /// <summary>
    /// Relates this lead to its record in the response; not saved with the lead. When null, the client
    /// sends a new GUID (without changing this object) so every result maps back to its lead.
    /// </summary>
    public string? LeadApiIdentifier { get; set; }

    /// <summary>
    /// Comma-delimited Brand Code values. When null, the doc says the lead is assigned to
    /// all of the manufacturer's brands. The doc's table also marks it required, so a server may refuse a lead without it:
    /// the client sends the lead and reports the server's answer (see docs/decisions.md).
    /// </summary>
    public string? Brands { get; set; }

    /// <summary>A valid Lead Source's name in the Aimbase instance. Required.</summary>
    public string? LeadSourceName { get; set; }

    /// <summary>A valid Lead Type's name in the Aimbase instance. Required.</summary>
    public string? LeadTypeName { get; set; }

    /// <summary>A valid Lead Category's name in the Aimbase instance. Required.</summary>
    public string? LeadCategoryName { get; set; }

    /// <summary>A valid Lead Campaign's name in the Aimbase instance.</summary>
    public string? LeadCampaignName { get; set; }

    /// <summary>The event's name (free text).</summary>
    public string? EventName { get; set; }

    /// <summary>
    /// When the lead was created, with its UTC offset (doc format <c>YYYY-MM-dd ±hh:mm</c>; Aimbase converts it to
    /// Central Time, so the offset must account for daylight saving time). When null, the time the API received the lead.
    /// </summary>
    [JsonConverter(typeof(AimbaseLeadDateConverter))]
    public DateTimeOffset? LeadDate { get; set; }

    /// <summary>First name.</summary>
    public string? FirstName { get; set; }

    /// <summary>Last name. Required.</summary>
    public string? LastName { get; set; }

    /// <summary>Address line 1.</summary>
    public string? Address1 { get; set; }

    /// <summary>Address line 2.</summary>
    public string? Address2 { get; set; }

    /// <summary>City.</summary>
    public string? City { get; set; }

    /// <summary>State or province code.</summary>
    public string? State { get; set; }

    /// <summary>Postal code.</summary>
    public string? PostalCode { get; set; }

    /// <summary>ZIP+4 extension.</summary>
    public string? Zip4 { get; set; }

    /// <summary>Company name.</summary>
    public string? CompanyName { get; set; }

    /// <summary>Job title at the company.</summary>
    public string? CompanyTitle { get; set; }

    /// <summary>County.</summary>
    public string? County { get; set; }

    /// <summary>Country name.</summary>
    public string? Country { get; set; }

    /// <summary>Home phone.</summary>
    public string? HomePhone { get; set; }

    /// <summary>Work phone.</summary>
    public string? WorkPhone { get; set; }

    /// <summary>Mobile phone.</summary>
    public string? MobilePhone { get; set; }

    /// <summary>Fax.</summary>
    public string? Fax { get; set; }

    /// <summary>E-mail address (the doc's unnamed row after Fax; see docs/decisions.md).</summary>
    public string? Email { get; set; }

    /// <summary>The ISO 3166-1 two-letter country code. Required.</summary>
    public string? CountryCode { get; set; }

    /// <summary>A comment, stored by Aimbase in the lead's customs collection (metadata or a custom field).</summary>
    public string? Comment { get; set; }

    /// <summary>Comma-delimited Aimbase Dealer Id values to assign the lead to.</summary>
    public string? DealerIds { get; set; }

    /// <summary>Existing Aimbase dealers to assign the lead to.</summary>
    public IList<AimbaseDealer>? Dealers { get; set; }

    /// <summary>Comma-delimited Aimbase Product Id values to assign the lead to.</summary>
    public string? ProductIds { get; set; }

    /// <summary>Existing Aimbase products to assign the lead to.</summary>
    public IList<AimbaseProduct>? Products { get; set; }

    /// <summary>Custom fields and their values (name/value pairs).</summary>
    public IList<AimbaseCustomField>? Customs { get; set; }

    /// <summary>For shared leads: the source Aimbase instance's LeadUid. A GUID.</summary>
    public Guid? LeadUid { get; set; }

    /// <summary>The OEM program the lead is tied to, if any.</summary>
    public string? Program { get; set; }

    /// <summary>The company's identifier in an external system.</summary>
    public string? CompanyExternalId { get; set; }

    /// <summary>The company's unique identifier. A GUID.</summary>
    public Guid? CompanyUid { get; set; }

    /// <summary>The prospect's identifier in an external system (see the doc's Prospect Matching).</summary>
    public string? ProspectExternalId { get; set; }

    /// <summary>The lead's unique identifier in an external system.</summary>
    public string? ExternalId { get; set; }

    /// <summary>Whether the lead opted in to SMS (the doc's <c>SMSOptIn</c>). Boolean.</summary>
    [JsonPropertyName(AimbaseFieldTable.SmsOptIn)]
    public bool? IsSmsOptIn { get; set; }

    /// <summary>Whether the product is new, used or a showroom unit (sent as N, U or S).</summary>
    [JsonConverter(typeof(AimbaseConditionCodeConverter))]
    public AimbaseConditionCode? ConditionCode { get; set; }

    /// <summary>
    /// Whether the lead opted in to future communications. The doc's table marks it required but both of its examples leave
    /// it empty, so the client sends a lead without it and reports the server's answer (see docs/decisions.md). When true,
    /// <see cref="CommunicationOptInIpAddress"/>, <see cref="CommunicationOptInDate"/> and
    /// <see cref="CommunicationOptInSource"/> are required.
    /// </summary>
    public bool? IsCommunicationOptIn { get; set; }

    /// <summary>The lead's IP address when it opted in; required when <see cref="IsCommunicationOptIn"/> is true.</summary>
    public string? CommunicationOptInIpAddress { get; set; }

    /// <summary>The date the lead opted in (<c>yyyy-MM-dd</c>). Required when <see cref="IsCommunicationOptIn"/> is true.</summary>
    [JsonConverter(typeof(AimbaseDateOnlyConverter))]
    public DateOnly? CommunicationOptInDate { get; set; }

    /// <summary>Where the lead opted in; required when <see cref="IsCommunicationOptIn"/> is true.</summary>
    public string? CommunicationOptInSource { get; set; }

    /// <summary>Whether to send the lead an autoresponder notification (the doc's <c>SendAutoresponder</c>). Boolean.</summary>
    [JsonPropertyName(AimbaseFieldTable.SendAutoresponder)]
    public bool? ShouldSendAutoresponder { get; set; }

    /// <summary>
    /// Overrides whether the assigned dealer or contact is notified of the lead (the doc's <c>SendLead</c>); sent as
    /// <c>Y</c> or <c>N</c>.
    /// </summary>
    [JsonPropertyName(AimbaseFieldTable.SendLead)]
    [JsonConverter(typeof(AimbaseYesNoConverter))]
    public bool? ShouldSendLead { get; set; }

    /// <summary>Whether to send the lead nurture e-mails (the doc's <c>SendNurture</c>). Boolean.</summary>
    [JsonPropertyName(AimbaseFieldTable.SendNurture)]
    public bool? ShouldSendNurture { get; set; }

    /// <summary>
    /// Whether the lead's score is added to the prospect's score (the doc's <c>ScoreProspect</c>); the server assumes true
    /// when null. Boolean.
    /// </summary>
    [JsonPropertyName(AimbaseFieldTable.ScoreProspect)]
    public bool? ShouldScoreProspect { get; set; }

    /// <summary>The web session user's unique identifier. A GUID.</summary>
    public Guid? UserUid { get; set; }

    /// <summary>The web session's unique identifier. A GUID.</summary>
    public Guid? SessionUid { get; set; }

    /// <summary>The list codes the lead should filter into; must match list codes in Aimbase.</summary>
    public string? ListCodes { get; set; }

    /// <summary>
    /// Whether the lead may be rerouted (the doc's <c>LeadReroute</c>): true lets it reroute even for a pre-selected dealer;
    /// false prevents rerouting; null keeps the application's reroute behaviour. Boolean.
    /// </summary>
    [JsonPropertyName(AimbaseFieldTable.LeadReroute)]
    public bool? CanReroute { get; set; }

    /// <summary>UTM medium (the channel name).</summary>
    public string? Medium { get; set; }

    /// <summary>UTM term (keyword).</summary>
    public string? Term { get; set; }

    /// <summary>UTM content.</summary>
    public string? Content { get; set; }

    /// <summary>
    /// Fields the model lacks (a field the server added after this SDK, or one your server spells differently), sent after
    /// the model's fields in the request's own encoding: in JSON as the JSON values given; in XML as elements whose text is
    /// the value (a string, number or boolean; <see langword="null"/> is sent as <c>xsi:nil</c>, an object or array is a
    /// validation error there). Keys are compared ordinally. A name a model property already sends (its wire name, for
    /// example <c>SMSOptIn</c>), an empty name, or in XML a name that is not an XML element name is a
    /// <see cref="LeadsValidationException"/> naming <c>Leads[i].AdditionalFields[name]</c>; nothing is sent.
    /// </summary>
    [JsonIgnore]
    public IDictionary<string, JsonNode?> AdditionalFields { get; } = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);

    /// <summary>A shallow copy with another <see cref="LeadApiIdentifier"/>, so the caller's object is not changed.</summary>
    internal AimbaseLead WithLeadApiIdentifier(string identifier)
    {
        var copy = (AimbaseLead)MemberwiseClone();
        copy.LeadApiIdentifier = identifier;
        return copy;
    }

    /// <inheritdoc/>
    public override string ToString() => $"AimbaseLead {{ LeadApiIdentifier = {LeadApiIdentifier} }}";
}
