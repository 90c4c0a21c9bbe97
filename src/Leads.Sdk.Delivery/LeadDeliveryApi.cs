namespace Leads.Sdk.Delivery;

/// <summary>The API a delivery goes to.</summary>
public enum LeadDeliveryApi
{
    /// <summary>The Aimbase Lead API (<c>IAimbaseClient.CreateLeadsAsync</c>, one lead per call).</summary>
    Aimbase = 1,

    /// <summary>The LeadExec Lead Receiver (<c>ILeadExecClient.CreateLeadAsync</c>).</summary>
    LeadExec = 2,

    /// <summary>CRM.COM CRM API v2 (<c>ICrmApiClient.CreateLeadAsync</c>).</summary>
    CrmApi = 3,
}
