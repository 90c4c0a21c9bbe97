using Leads.Sdk.CrmApi.Serialization;
using Refit;

namespace Leads.Sdk.CrmApi.Internal;

/// <summary>
/// The CRM.COM login surface. leads/create is sent by <see cref="CrmApiClient"/> itself: it is the per-call hot path,
/// and Refit's request building cost ~500 B per call there (see the CreateLeadAsync comment).
/// </summary>
internal interface ICrmApi
{
    /// <summary>Logs in with user name, password and organisation.</summary>
    [Post("/" + CrmApiWireNames.LoginPath)]
    Task<HttpResponseMessage> LoginAsync([Body] HttpContent body, CancellationToken cancellationToken);

    /// <summary>Logs in with a web API key sent as the Basic user name with an empty password.</summary>
    [Post("/" + CrmApiWireNames.WebApiKeyLoginPath)]
    Task<HttpResponseMessage> LoginWithWebApiKeyAsync([Header("Authorization")] string authorization, CancellationToken cancellationToken);
}
