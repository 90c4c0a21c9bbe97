using Leads.Sdk.CrmApi.Serialization;
using Refit;

namespace Leads.Sdk.CrmApi.Internal;

/// <summary>The CRM.COM HTTP surface. Bodies are built by the client (the token goes inside the JSON body).</summary>
internal interface ICrmApi
{
    /// <summary>Logs in with user name, password and organisation.</summary>
    [Post("/" + CrmApiWireNames.LoginPath)]
    Task<HttpResponseMessage> LoginAsync([Body] HttpContent body, CancellationToken cancellationToken);

    /// <summary>Logs in with a web API key sent as the Basic user name with an empty password.</summary>
    [Post("/" + CrmApiWireNames.WebApiKeyLoginPath)]
    Task<HttpResponseMessage> LoginWithWebApiKeyAsync([Header("Authorization")] string authorization, CancellationToken cancellationToken);

    /// <summary>leads/create.</summary>
    [Post("/" + CrmApiWireNames.CreateLeadPath)]
    Task<HttpResponseMessage> CreateLeadAsync([Body] HttpContent body, CancellationToken cancellationToken);
}
