namespace Leads.Sdk.CrmApi.Serialization;

/// <summary>
/// Every JSON name and path the documentation does not state, in one place so a correction is one edit.
/// Each is an inference from CRM.COM API v2 conventions, recorded with its source in docs/decisions.md
/// ("CRM.COM CRM API v2"). Names the leads/create doc states are written on the model properties directly.
/// </summary>
internal static class CrmApiWireNames
{
    // Paths (doc: leads/create "Resource URL"; login from CRM.COM API v2 conventions).
    public const string LoginPath = "crmapi/rest/v2/authentication/token";
    public const string WebApiKeyLoginPath = "crmapi/rest/v2/authentication/web_api_key/token";
    public const string CreateLeadPath = "crmapi/rest/v2/leads/create";

    // The two mandatory rows whose names the doc leaves blank.
    public const string ContactInformation = "contact_information_identifier";
    public const string Source = "source";

    // The unnamed set rows and the subscription package.
    public const string CompetitorsSet = "competitors_set";
    public const string UsersSet = "users_set";
    public const string ProductsSet = "products_set";
    public const string ServicesSet = "services_set";
    public const string PhysicalGoodsSet = "physical_goods_set";
    public const string SubscriptionPackage = "subscription_package";

    // Item shapes.
    public const string CompetitorIdentifier = "competitor_identifier";
    public const string UserIdentifier = "user_identifier";
    public const string GroupIdentifier = "group_identifier";
    public const string ProductIdentifier = "product_identifier";
    public const string PackageIdentifier = "package_identifier";

    // Lead source.
    public const string SourceType = "type";
    public const string SourceName = "name";
    public const string SourceNotificationsIdentifier = "source_notifications_identifier";
    public const string SourceCommunicationsIdentifier = "source_communications_identifier";
    public const string SourceRecommendedByContactIdentifier = "source_recommended_by_contact_identifier";
    public const string SourceRecommendedByEmployeeIdentifier = "source_recommended_by_employee_identifier";
    public const string SourceRecommendedByPartnerIdentifier = "source_recommended_by_partner_identifier";

    // Time period object.
    public const string TimePeriodValue = "time_period_value";
    public const string TimePeriodUnit = "time_period_uot";

    // Envelope and login.
    public const string Token = "token";
    public const string SuccessCode = "OK";
}
