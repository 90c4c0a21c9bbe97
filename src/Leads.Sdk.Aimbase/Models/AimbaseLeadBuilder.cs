namespace Leads.Sdk.Aimbase.Models;

/// <summary>
/// Builds an <see cref="AimbaseLead"/>: the constructor takes the fields the doc requires without contradicting itself,
/// the <c>With…</c> methods add optional ones. <c>Brands</c> and <c>IsCommunicationOptIn</c>, which the doc's table marks
/// required but its text and examples leave empty, can be given to the constructor or set with <see cref="WithBrands"/> and
/// <see cref="WithCommunicationOptIn"/>. Lengths and formats are still checked by the client's validation before anything
/// is sent.
/// </summary>
/// <example>
/// <code>
/// var lead = new AimbaseLeadBuilder("Website", "Request Brochure", "Referral Traffic", "FLXR", "Hall", "US",
///         AimbaseCommunicationOptIn.NotOptedIn)
///     .WithFirstName("Allen")
///     .WithEmail("ahall@example.com")
///     .WithDealer("100", dealerLocation: "1")
///     .Build();
/// </code>
/// </example>
public sealed class AimbaseLeadBuilder
{
    private readonly AimbaseLead _lead;

    /// <summary>Starts a lead with the required fields, its brands and its communication opt-in.</summary>
    /// <param name="leadSourceName">A valid Lead Source's name (max 50).</param>
    /// <param name="leadTypeName">A valid Lead Type's name (max 50).</param>
    /// <param name="leadCategoryName">A valid Lead Category's name (max 50).</param>
    /// <param name="brands">Comma-delimited Brand Codes (max 100).</param>
    /// <param name="lastName">The last name (max 50).</param>
    /// <param name="countryCode">The ISO two-letter country code.</param>
    /// <param name="communicationOptIn">The communication opt-in, with its IP address, date and source when opted in.</param>
    public AimbaseLeadBuilder(
        string leadSourceName,
        string leadTypeName,
        string leadCategoryName,
        string brands,
        string lastName,
        string countryCode,
        AimbaseCommunicationOptIn communicationOptIn)
        : this(leadSourceName, leadTypeName, leadCategoryName, lastName, countryCode)
    {
        ArgumentNullException.ThrowIfNull(brands);
        ArgumentNullException.ThrowIfNull(communicationOptIn);
        WithBrands(brands).WithCommunicationOptIn(communicationOptIn);
    }

    /// <summary>
    /// Starts a lead with the fields the doc requires without contradicting itself. Without <see cref="WithBrands"/> the
    /// doc says the lead is assigned to all of the manufacturer's brands; without <see cref="WithCommunicationOptIn"/>
    /// <c>IsCommunicationOptIn</c> is not sent (both as in the doc's examples; the server has the final word).
    /// </summary>
    /// <param name="leadSourceName">A valid Lead Source's name (max 50).</param>
    /// <param name="leadTypeName">A valid Lead Type's name (max 50).</param>
    /// <param name="leadCategoryName">A valid Lead Category's name (max 50).</param>
    /// <param name="lastName">The last name (max 50).</param>
    /// <param name="countryCode">The ISO two-letter country code.</param>
    public AimbaseLeadBuilder(string leadSourceName, string leadTypeName, string leadCategoryName, string lastName, string countryCode)
    {
        _lead = new AimbaseLead
        {
            LeadSourceName = leadSourceName ?? throw new ArgumentNullException(nameof(leadSourceName)),
            LeadTypeName = leadTypeName ?? throw new ArgumentNullException(nameof(leadTypeName)),
            LeadCategoryName = leadCategoryName ?? throw new ArgumentNullException(nameof(leadCategoryName)),
            LastName = lastName ?? throw new ArgumentNullException(nameof(lastName)),
            CountryCode = countryCode ?? throw new ArgumentNullException(nameof(countryCode)),
        };
    }

    /// <summary>Sets the comma-delimited Brand Codes (max 100).</summary>
    /// <param name="brands">The brand codes.</param>
    public AimbaseLeadBuilder WithBrands(string brands) => Set(l => l.Brands = brands);

    /// <summary>Sets the communication opt-in, with its IP address, date and source when opted in.</summary>
    /// <param name="communicationOptIn">The opt-in.</param>
    public AimbaseLeadBuilder WithCommunicationOptIn(AimbaseCommunicationOptIn communicationOptIn)
    {
        ArgumentNullException.ThrowIfNull(communicationOptIn);
        return Set(l =>
        {
            l.IsCommunicationOptIn = communicationOptIn.IsOptedIn;
            l.CommunicationOptInIpAddress = communicationOptIn.IpAddress;
            l.CommunicationOptInDate = communicationOptIn.Date;
            l.CommunicationOptInSource = communicationOptIn.Source;
        });
    }

    /// <summary>Sets the identifier that relates the lead to its response record (max 100).</summary>
    /// <param name="leadApiIdentifier">The identifier.</param>
    public AimbaseLeadBuilder WithLeadApiIdentifier(string leadApiIdentifier) => Set(l => l.LeadApiIdentifier = leadApiIdentifier);

    /// <summary>Sets the lead campaign's name (max 50).</summary>
    /// <param name="leadCampaignName">The campaign name.</param>
    public AimbaseLeadBuilder WithCampaign(string leadCampaignName) => Set(l => l.LeadCampaignName = leadCampaignName);

    /// <summary>Sets the event name (max 100).</summary>
    /// <param name="eventName">The event name.</param>
    public AimbaseLeadBuilder WithEventName(string eventName) => Set(l => l.EventName = eventName);

    /// <summary>Sets the OEM program.</summary>
    /// <param name="program">The program.</param>
    public AimbaseLeadBuilder WithProgram(string program) => Set(l => l.Program = program);

    /// <summary>Sets when the lead was created, with its offset.</summary>
    /// <param name="leadDate">The date, time and offset.</param>
    public AimbaseLeadBuilder WithLeadDate(DateTimeOffset leadDate) => Set(l => l.LeadDate = leadDate);

    /// <summary>Sets the first name (max 50).</summary>
    /// <param name="firstName">The first name.</param>
    public AimbaseLeadBuilder WithFirstName(string firstName) => Set(l => l.FirstName = firstName);

    /// <summary>Sets the e-mail address (max 80).</summary>
    /// <param name="email">The address.</param>
    public AimbaseLeadBuilder WithEmail(string email) => Set(l => l.Email = email);

    /// <summary>Sets the postal address; null arguments leave a field unset.</summary>
    /// <param name="address1">Line 1 (max 64).</param>
    /// <param name="city">City (max 64).</param>
    /// <param name="state">State or province code (max 3).</param>
    /// <param name="postalCode">Postal code (max 10).</param>
    /// <param name="address2">Line 2 (max 64).</param>
    /// <param name="zip4">ZIP+4 extension (max 4).</param>
    /// <param name="county">County (max 25).</param>
    /// <param name="country">Country name (max 50).</param>
    public AimbaseLeadBuilder WithAddress(
        string? address1,
        string? city = null,
        string? state = null,
        string? postalCode = null,
        string? address2 = null,
        string? zip4 = null,
        string? county = null,
        string? country = null)
        => Set(l =>
        {
            l.Address1 = address1;
            l.Address2 = address2;
            l.City = city;
            l.State = state;
            l.PostalCode = postalCode;
            l.Zip4 = zip4;
            l.County = county;
            l.Country = country;
        });

    /// <summary>Sets phone numbers (max 20 each); null arguments leave a field unset.</summary>
    /// <param name="homePhone">Home phone.</param>
    /// <param name="workPhone">Work phone.</param>
    /// <param name="mobilePhone">Mobile phone.</param>
    /// <param name="fax">Fax.</param>
    public AimbaseLeadBuilder WithPhones(string? homePhone = null, string? workPhone = null, string? mobilePhone = null, string? fax = null)
        => Set(l =>
        {
            l.HomePhone = homePhone;
            l.WorkPhone = workPhone;
            l.MobilePhone = mobilePhone;
            l.Fax = fax;
        });

    /// <summary>Sets the company.</summary>
    /// <param name="companyName">Name (max 50).</param>
    /// <param name="companyTitle">Title (max 50).</param>
    /// <param name="companyExternalId">External id (max 20).</param>
    /// <param name="companyUid">Unique identifier.</param>
    public AimbaseLeadBuilder WithCompany(string companyName, string? companyTitle = null, string? companyExternalId = null, Guid? companyUid = null)
        => Set(l =>
        {
            l.CompanyName = companyName;
            l.CompanyTitle = companyTitle;
            l.CompanyExternalId = companyExternalId;
            l.CompanyUid = companyUid;
        });

    /// <summary>Adds a dealer to assign the lead to.</summary>
    /// <param name="dealerNumber">The dealer number (required, max 20).</param>
    /// <param name="dealerLocation">The location sub number (max 10).</param>
    /// <param name="dealerName">The dealership's name (max 80).</param>
    public AimbaseLeadBuilder WithDealer(string dealerNumber, string? dealerLocation = null, string? dealerName = null)
        => WithDealer(new AimbaseDealer { DealerNumber = dealerNumber, DealerLocation = dealerLocation, DealerName = dealerName });

    /// <summary>Adds a dealer to assign the lead to.</summary>
    /// <param name="dealer">The dealer.</param>
    public AimbaseLeadBuilder WithDealer(AimbaseDealer dealer)
    {
        ArgumentNullException.ThrowIfNull(dealer);
        return Set(l => (l.Dealers ??= []).Add(dealer));
    }

    /// <summary>Sets comma-delimited Aimbase Dealer Ids (max 100).</summary>
    /// <param name="dealerIds">The ids.</param>
    public AimbaseLeadBuilder WithDealerIds(string dealerIds) => Set(l => l.DealerIds = dealerIds);

    /// <summary>Adds a product to assign the lead to.</summary>
    /// <param name="productCode">The product code (required, max 50).</param>
    /// <param name="brandCode">The product's brand code (max 100).</param>
    /// <param name="productName">The product name (max 100).</param>
    /// <param name="productModelYear">The model year (1000–9999).</param>
    /// <param name="brandName">The brand name (max 100).</param>
    public AimbaseLeadBuilder WithProduct(string productCode, string brandCode, string? productName = null, int? productModelYear = null, string? brandName = null)
        => WithProduct(new AimbaseProduct
        {
            ProductCode = productCode,
            BrandCode = brandCode,
            ProductName = productName,
            ProductModelYear = productModelYear,
            BrandName = brandName,
        });

    /// <summary>Adds a product to assign the lead to.</summary>
    /// <param name="product">The product.</param>
    public AimbaseLeadBuilder WithProduct(AimbaseProduct product)
    {
        ArgumentNullException.ThrowIfNull(product);
        return Set(l => (l.Products ??= []).Add(product));
    }

    /// <summary>Sets comma-delimited Aimbase Product Ids (max 100).</summary>
    /// <param name="productIds">The ids.</param>
    public AimbaseLeadBuilder WithProductIds(string productIds) => Set(l => l.ProductIds = productIds);

    /// <summary>Adds a custom field.</summary>
    /// <param name="fieldName">The field name (required, max 50).</param>
    /// <param name="fieldValue">The value (required, max 2048).</param>
    public AimbaseLeadBuilder WithCustom(string fieldName, string fieldValue)
        => Set(l => (l.Customs ??= []).Add(new AimbaseCustomField(fieldName, fieldValue)));

    /// <summary>Sets the comment (max 2048).</summary>
    /// <param name="comment">The comment.</param>
    public AimbaseLeadBuilder WithComment(string comment) => Set(l => l.Comment = comment);

    /// <summary>Sets the product condition.</summary>
    /// <param name="conditionCode">New, used or showroom.</param>
    public AimbaseLeadBuilder WithConditionCode(AimbaseConditionCode conditionCode) => Set(l => l.ConditionCode = conditionCode);

    /// <summary>Sets identifiers from an external system.</summary>
    /// <param name="externalId">The lead's external id (max 50).</param>
    /// <param name="prospectExternalId">The prospect's external id (max 20).</param>
    public AimbaseLeadBuilder WithExternalIds(string? externalId, string? prospectExternalId = null)
        => Set(l =>
        {
            l.ExternalId = externalId;
            l.ProspectExternalId = prospectExternalId;
        });

    /// <summary>Sets UTM parameters (max 200 each).</summary>
    /// <param name="medium">Medium.</param>
    /// <param name="term">Term.</param>
    /// <param name="content">Content.</param>
    public AimbaseLeadBuilder WithUtm(string? medium, string? term = null, string? content = null)
        => Set(l =>
        {
            l.Medium = medium;
            l.Term = term;
            l.Content = content;
        });

    /// <summary>Sets any other field.</summary>
    /// <param name="configure">Changes the lead.</param>
    public AimbaseLeadBuilder With(Action<AimbaseLead> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        return Set(configure);
    }

    /// <summary>Returns the lead built so far (the same instance on each call).</summary>
    public AimbaseLead Build() => _lead;

    private AimbaseLeadBuilder Set(Action<AimbaseLead> change)
    {
        change(_lead);
        return this;
    }
}
