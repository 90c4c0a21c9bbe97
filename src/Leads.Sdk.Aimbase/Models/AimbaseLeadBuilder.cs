using System.Text.Json.Nodes;
using Leads.Sdk.Validation;

namespace Leads.Sdk.Aimbase.Models;

/// <summary>
/// Builds an <see cref="AimbaseLead"/>. The fields the doc requires without contradicting itself are <c>required</c>
/// properties set by name in an object initializer, so the compiler insists on each and none can be swapped with another;
/// every other documented field has a <c>With…</c> method named after the doc's field. <c>Brands</c> and
/// <c>IsCommunicationOptIn</c>, which the doc's table marks required but its text and examples leave empty, are set with
/// <see cref="WithBrands"/> and <see cref="WithCommunicationOptIn"/>. <see cref="Build"/> returns a new lead each time, so
/// one builder can serve as a template. Passing <see langword="null"/> where a value is expected is a
/// <see cref="LeadsValidationException"/> naming the field; lengths and formats are checked by the client before anything
/// is sent.
/// </summary>
/// <example>
/// <code>
/// var lead = new AimbaseLeadBuilder
///     {
///         LeadSourceName = "Website",
///         LeadTypeName = "Request Brochure",
///         LeadCategoryName = "Referral Traffic",
///         LastName = "Hall",
///         CountryCode = "US",
///     }
///     .WithBrands("FLXR")
///     .WithFirstName("Allen")
///     .WithEmail("ahall@example.com")
///     .WithDealer(new AimbaseDealer { DealerNumber = "100", DealerLocation = "1" })
///     .Build();
/// </code>
/// </example>
public sealed class AimbaseLeadBuilder
{
    // Replayed on a new lead by every Build(), in the order they were made, so a later call for a field wins.
    private readonly List<Action<AimbaseLead>> _changes = [];

    /// <summary>A valid Lead Source's name in the Aimbase instance. Required.</summary>
    /// <exception cref="LeadsValidationException">The value is null.</exception>
    public required string LeadSourceName { get; init => field = NotNull(value, nameof(LeadSourceName)); }

    /// <summary>A valid Lead Type's name in the Aimbase instance. Required.</summary>
    /// <exception cref="LeadsValidationException">The value is null.</exception>
    public required string LeadTypeName { get; init => field = NotNull(value, nameof(LeadTypeName)); }

    /// <summary>A valid Lead Category's name in the Aimbase instance. Required.</summary>
    /// <exception cref="LeadsValidationException">The value is null.</exception>
    public required string LeadCategoryName { get; init => field = NotNull(value, nameof(LeadCategoryName)); }

    /// <summary>The last name. Required.</summary>
    /// <exception cref="LeadsValidationException">The value is null.</exception>
    public required string LastName { get; init => field = NotNull(value, nameof(LastName)); }

    /// <summary>The ISO 3166-1 two-letter country code. Required.</summary>
    /// <exception cref="LeadsValidationException">The value is null.</exception>
    public required string CountryCode { get; init => field = NotNull(value, nameof(CountryCode)); }

    /// <summary>Sets the identifier that relates the lead to its response record; a GUID is sent when unset.</summary>
    /// <param name="leadApiIdentifier">The identifier.</param>
    public AimbaseLeadBuilder WithLeadApiIdentifier(string leadApiIdentifier) => Text(nameof(AimbaseLead.LeadApiIdentifier), leadApiIdentifier, (l, v) => l.LeadApiIdentifier = v);

    /// <summary>
    /// Sets the comma-delimited Brand Codes. Without it the doc says the lead is assigned to all of the
    /// manufacturer's brands (as its examples send; a stricter server may refuse the lead).
    /// </summary>
    /// <param name="brands">The brand codes.</param>
    public AimbaseLeadBuilder WithBrands(string brands) => Text(nameof(AimbaseLead.Brands), brands, (l, v) => l.Brands = v);

    /// <summary>Sets the lead campaign's name.</summary>
    /// <param name="leadCampaignName">The campaign name.</param>
    public AimbaseLeadBuilder WithLeadCampaignName(string leadCampaignName) => Text(nameof(AimbaseLead.LeadCampaignName), leadCampaignName, (l, v) => l.LeadCampaignName = v);

    /// <summary>Sets the event name.</summary>
    /// <param name="eventName">The event name.</param>
    public AimbaseLeadBuilder WithEventName(string eventName) => Text(nameof(AimbaseLead.EventName), eventName, (l, v) => l.EventName = v);

    /// <summary>Sets when the lead was created, with its offset; without it, the time the API received the lead.</summary>
    /// <param name="leadDate">The date, time and offset.</param>
    public AimbaseLeadBuilder WithLeadDate(DateTimeOffset leadDate) => Set(l => l.LeadDate = leadDate);

    /// <summary>Sets the first name.</summary>
    /// <param name="firstName">The first name.</param>
    public AimbaseLeadBuilder WithFirstName(string firstName) => Text(nameof(AimbaseLead.FirstName), firstName, (l, v) => l.FirstName = v);

    /// <summary>Sets address line 1.</summary>
    /// <param name="address1">The line.</param>
    public AimbaseLeadBuilder WithAddress1(string address1) => Text(nameof(AimbaseLead.Address1), address1, (l, v) => l.Address1 = v);

    /// <summary>Sets address line 2.</summary>
    /// <param name="address2">The line.</param>
    public AimbaseLeadBuilder WithAddress2(string address2) => Text(nameof(AimbaseLead.Address2), address2, (l, v) => l.Address2 = v);

    /// <summary>Sets the city.</summary>
    /// <param name="city">The city.</param>
    public AimbaseLeadBuilder WithCity(string city) => Text(nameof(AimbaseLead.City), city, (l, v) => l.City = v);

    /// <summary>Sets the state or province code.</summary>
    /// <param name="state">The code.</param>
    public AimbaseLeadBuilder WithState(string state) => Text(nameof(AimbaseLead.State), state, (l, v) => l.State = v);

    /// <summary>Sets the postal code.</summary>
    /// <param name="postalCode">The postal code.</param>
    public AimbaseLeadBuilder WithPostalCode(string postalCode) => Text(nameof(AimbaseLead.PostalCode), postalCode, (l, v) => l.PostalCode = v);

    /// <summary>Sets the ZIP+4 extension.</summary>
    /// <param name="zip4">The extension.</param>
    public AimbaseLeadBuilder WithZip4(string zip4) => Text(nameof(AimbaseLead.Zip4), zip4, (l, v) => l.Zip4 = v);

    /// <summary>Sets the company name.</summary>
    /// <param name="companyName">The name.</param>
    public AimbaseLeadBuilder WithCompanyName(string companyName) => Text(nameof(AimbaseLead.CompanyName), companyName, (l, v) => l.CompanyName = v);

    /// <summary>Sets the job title at the company.</summary>
    /// <param name="companyTitle">The title.</param>
    public AimbaseLeadBuilder WithCompanyTitle(string companyTitle) => Text(nameof(AimbaseLead.CompanyTitle), companyTitle, (l, v) => l.CompanyTitle = v);

    /// <summary>Sets the county.</summary>
    /// <param name="county">The county.</param>
    public AimbaseLeadBuilder WithCounty(string county) => Text(nameof(AimbaseLead.County), county, (l, v) => l.County = v);

    /// <summary>Sets the country name.</summary>
    /// <param name="country">The country name.</param>
    public AimbaseLeadBuilder WithCountry(string country) => Text(nameof(AimbaseLead.Country), country, (l, v) => l.Country = v);

    /// <summary>Sets the home phone.</summary>
    /// <param name="homePhone">The number.</param>
    public AimbaseLeadBuilder WithHomePhone(string homePhone) => Text(nameof(AimbaseLead.HomePhone), homePhone, (l, v) => l.HomePhone = v);

    /// <summary>Sets the work phone.</summary>
    /// <param name="workPhone">The number.</param>
    public AimbaseLeadBuilder WithWorkPhone(string workPhone) => Text(nameof(AimbaseLead.WorkPhone), workPhone, (l, v) => l.WorkPhone = v);

    /// <summary>Sets the mobile phone.</summary>
    /// <param name="mobilePhone">The number.</param>
    public AimbaseLeadBuilder WithMobilePhone(string mobilePhone) => Text(nameof(AimbaseLead.MobilePhone), mobilePhone, (l, v) => l.MobilePhone = v);

    /// <summary>Sets the fax number.</summary>
    /// <param name="fax">The number.</param>
    public AimbaseLeadBuilder WithFax(string fax) => Text(nameof(AimbaseLead.Fax), fax, (l, v) => l.Fax = v);

    /// <summary>Sets the e-mail address.</summary>
    /// <param name="email">The address.</param>
    public AimbaseLeadBuilder WithEmail(string email) => Text(nameof(AimbaseLead.Email), email, (l, v) => l.Email = v);

    /// <summary>Sets the comment, stored by Aimbase in the lead's customs collection.</summary>
    /// <param name="comment">The comment.</param>
    public AimbaseLeadBuilder WithComment(string comment) => Text(nameof(AimbaseLead.Comment), comment, (l, v) => l.Comment = v);

    /// <summary>Sets comma-delimited Aimbase Dealer Ids to assign the lead to.</summary>
    /// <param name="dealerIds">The ids.</param>
    public AimbaseLeadBuilder WithDealerIds(string dealerIds) => Text(nameof(AimbaseLead.DealerIds), dealerIds, (l, v) => l.DealerIds = v);

    /// <summary>Adds a dealer to assign the lead to; each built lead gets its own copy.</summary>
    /// <param name="dealer">The dealer, its fields set by name.</param>
    public AimbaseLeadBuilder WithDealer(AimbaseDealer dealer)
    {
        var copy = NotNull(dealer, nameof(AimbaseLead.Dealers)).Copy();
        return Set(l => (l.Dealers ??= []).Add(copy.Copy()));
    }

    /// <summary>Sets comma-delimited Aimbase Product Ids to assign the lead to.</summary>
    /// <param name="productIds">The ids.</param>
    public AimbaseLeadBuilder WithProductIds(string productIds) => Text(nameof(AimbaseLead.ProductIds), productIds, (l, v) => l.ProductIds = v);

    /// <summary>Adds a product to assign the lead to; each built lead gets its own copy.</summary>
    /// <param name="product">The product, its fields set by name.</param>
    public AimbaseLeadBuilder WithProduct(AimbaseProduct product)
    {
        var copy = NotNull(product, nameof(AimbaseLead.Products)).Copy();
        return Set(l => (l.Products ??= []).Add(copy.Copy()));
    }

    /// <summary>Adds a custom field (the doc's Custom Data Schema).</summary>
    /// <param name="fieldName">The field name.</param>
    /// <param name="fieldValue">The value.</param>
    public AimbaseLeadBuilder WithCustom(string fieldName, string fieldValue)
    {
        NotNull(fieldName, $"{nameof(AimbaseLead.Customs)}.{nameof(AimbaseCustomField.FieldName)}");
        NotNull(fieldValue, $"{nameof(AimbaseLead.Customs)}.{nameof(AimbaseCustomField.FieldValue)}");
        return Set(l => (l.Customs ??= []).Add(new AimbaseCustomField(fieldName, fieldValue)));
    }

    /// <summary>For shared leads: sets the source Aimbase instance's LeadUid.</summary>
    /// <param name="leadUid">The GUID.</param>
    public AimbaseLeadBuilder WithLeadUid(Guid leadUid) => Set(l => l.LeadUid = leadUid);

    /// <summary>Sets the OEM program the lead is tied to.</summary>
    /// <param name="program">The program.</param>
    public AimbaseLeadBuilder WithProgram(string program) => Text(nameof(AimbaseLead.Program), program, (l, v) => l.Program = v);

    /// <summary>Sets the company's identifier in an external system.</summary>
    /// <param name="companyExternalId">The identifier.</param>
    public AimbaseLeadBuilder WithCompanyExternalId(string companyExternalId) => Text(nameof(AimbaseLead.CompanyExternalId), companyExternalId, (l, v) => l.CompanyExternalId = v);

    /// <summary>Sets the company's unique identifier.</summary>
    /// <param name="companyUid">The GUID.</param>
    public AimbaseLeadBuilder WithCompanyUid(Guid companyUid) => Set(l => l.CompanyUid = companyUid);

    /// <summary>Sets the prospect's identifier in an external system.</summary>
    /// <param name="prospectExternalId">The identifier.</param>
    public AimbaseLeadBuilder WithProspectExternalId(string prospectExternalId) => Text(nameof(AimbaseLead.ProspectExternalId), prospectExternalId, (l, v) => l.ProspectExternalId = v);

    /// <summary>Sets the lead's unique identifier in an external system.</summary>
    /// <param name="externalId">The identifier.</param>
    public AimbaseLeadBuilder WithExternalId(string externalId) => Text(nameof(AimbaseLead.ExternalId), externalId, (l, v) => l.ExternalId = v);

    /// <summary>Sets whether the lead opted in to SMS (the doc's <c>SMSOptIn</c>; <see cref="AimbaseLead.IsSmsOptIn"/>).</summary>
    /// <param name="isOptedIn">Whether the lead opted in.</param>
    public AimbaseLeadBuilder WithSmsOptIn(bool isOptedIn) => Set(l => l.IsSmsOptIn = isOptedIn);

    /// <summary>Sets whether the product is new, used or a showroom unit.</summary>
    /// <param name="conditionCode">The condition.</param>
    public AimbaseLeadBuilder WithConditionCode(AimbaseConditionCode conditionCode) => Set(l => l.ConditionCode = conditionCode);

    /// <summary>
    /// Sets the communication opt-in (<c>IsCommunicationOptIn</c>), with its IP address, date and source when opted in.
    /// Without it <c>IsCommunicationOptIn</c> is not sent, as in the doc's examples (a stricter server may refuse the lead).
    /// </summary>
    /// <param name="communicationOptIn">The opt-in.</param>
    public AimbaseLeadBuilder WithCommunicationOptIn(AimbaseCommunicationOptIn communicationOptIn)
    {
        NotNull(communicationOptIn, nameof(AimbaseLead.IsCommunicationOptIn));
        return Set(l =>
        {
            l.IsCommunicationOptIn = communicationOptIn.IsOptedIn;
            l.CommunicationOptInIpAddress = communicationOptIn.IpAddress;
            l.CommunicationOptInDate = communicationOptIn.Date;
            l.CommunicationOptInSource = communicationOptIn.Source;
        });
    }

    /// <summary>Sets whether the lead gets an autoresponder notification (the doc's <c>SendAutoresponder</c>).</summary>
    /// <param name="shouldSend">Whether to send it.</param>
    public AimbaseLeadBuilder WithSendAutoresponder(bool shouldSend) => Set(l => l.ShouldSendAutoresponder = shouldSend);

    /// <summary>Overrides whether the assigned dealer or contact is notified of the lead (the doc's <c>SendLead</c>, sent as Y/N).</summary>
    /// <param name="shouldSend">Whether to notify.</param>
    public AimbaseLeadBuilder WithSendLead(bool shouldSend) => Set(l => l.ShouldSendLead = shouldSend);

    /// <summary>Sets whether the lead gets nurture e-mails (the doc's <c>SendNurture</c>).</summary>
    /// <param name="shouldSend">Whether to send them.</param>
    public AimbaseLeadBuilder WithSendNurture(bool shouldSend) => Set(l => l.ShouldSendNurture = shouldSend);

    /// <summary>Overrides whether the lead's score is added to the prospect's score (the doc's <c>ScoreProspect</c>; true when unset).</summary>
    /// <param name="shouldScore">Whether to add it.</param>
    public AimbaseLeadBuilder WithScoreProspect(bool shouldScore) => Set(l => l.ShouldScoreProspect = shouldScore);

    /// <summary>Sets the web session user's unique identifier.</summary>
    /// <param name="userUid">The GUID.</param>
    public AimbaseLeadBuilder WithUserUid(Guid userUid) => Set(l => l.UserUid = userUid);

    /// <summary>Sets the web session's unique identifier.</summary>
    /// <param name="sessionUid">The GUID.</param>
    public AimbaseLeadBuilder WithSessionUid(Guid sessionUid) => Set(l => l.SessionUid = sessionUid);

    /// <summary>Sets the list codes the lead should filter into; they must match list codes in Aimbase.</summary>
    /// <param name="listCodes">The list codes.</param>
    public AimbaseLeadBuilder WithListCodes(string listCodes) => Text(nameof(AimbaseLead.ListCodes), listCodes, (l, v) => l.ListCodes = v);

    /// <summary>
    /// Sets whether the lead may be rerouted (the doc's <c>LeadReroute</c>; <see cref="AimbaseLead.CanReroute"/>): true
    /// reroutes even for a pre-selected dealer, false prevents rerouting; unset keeps the application's behaviour.
    /// </summary>
    /// <param name="canReroute">Whether the lead may be rerouted.</param>
    public AimbaseLeadBuilder WithLeadReroute(bool canReroute) => Set(l => l.CanReroute = canReroute);

    /// <summary>Sets the UTM medium, the channel name.</summary>
    /// <param name="medium">The medium.</param>
    public AimbaseLeadBuilder WithMedium(string medium) => Text(nameof(AimbaseLead.Medium), medium, (l, v) => l.Medium = v);

    /// <summary>Sets the UTM term, or keyword.</summary>
    /// <param name="term">The term.</param>
    public AimbaseLeadBuilder WithTerm(string term) => Text(nameof(AimbaseLead.Term), term, (l, v) => l.Term = v);

    /// <summary>Sets the UTM content.</summary>
    /// <param name="content">The content.</param>
    public AimbaseLeadBuilder WithContent(string content) => Text(nameof(AimbaseLead.Content), content, (l, v) => l.Content = v);

    /// <summary>
    /// Adds a field the model lacks (<see cref="AimbaseLead.AdditionalFields"/>), sent after the model's fields; the client
    /// refuses a name the model already sends. Each built lead gets its own copy of the value.
    /// </summary>
    /// <param name="name">The field's wire name.</param>
    /// <param name="value">The value: a string, number or boolean (in XML too), or any JSON value in JSON.</param>
    public AimbaseLeadBuilder WithAdditionalField(string name, JsonNode? value)
    {
        NotNull(name, nameof(AimbaseLead.AdditionalFields));
        var copy = value?.DeepClone();
        return Set(l => l.AdditionalFields[name] = copy?.DeepClone());
    }

    /// <summary>Builds a new lead from the required fields and every <c>With…</c> call so far (a new instance on each call).</summary>
    public AimbaseLead Build()
    {
        var lead = new AimbaseLead
        {
            LeadSourceName = LeadSourceName,
            LeadTypeName = LeadTypeName,
            LeadCategoryName = LeadCategoryName,
            LastName = LastName,
            CountryCode = CountryCode,
        };
        foreach (var change in _changes)
        {
            change(lead);
        }

        return lead;
    }

    private static T NotNull<T>(T? value, string field)
        where T : class
        => value ?? throw new LeadsValidationException([new ValidationError(field, ValidationRules.Required, $"{field} must not be null.")]);

    private AimbaseLeadBuilder Text(string field, string value, Action<AimbaseLead, string> set)
    {
        NotNull(value, field);
        return Set(l => set(l, value));
    }

    private AimbaseLeadBuilder Set(Action<AimbaseLead> change)
    {
        _changes.Add(change);
        return this;
    }
}
