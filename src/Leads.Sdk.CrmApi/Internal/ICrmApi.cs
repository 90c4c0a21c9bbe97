using Leads.Sdk.CrmApi.Serialization;
using Refit;

namespace Leads.Sdk.CrmApi.Internal;

/// <summary>
/// The CRM.COM HTTP surface. Bodies are prebuilt <see cref="HttpContent"/>: the SDK writes the token into the JSON
/// itself (<see cref="CrmRequestBody"/>), and Refit has one serializer per client.
/// </summary>
internal interface ICrmApi
{
    /// <summary>Logs in with user name, password and organisation.</summary>
    [Post("/" + CrmApiWireNames.LoginPath)]
    Task<HttpResponseMessage> LoginAsync([Body] HttpContent body, CancellationToken cancellationToken);

    /// <summary>Logs in with a web API key sent as the Basic user name with an empty password.</summary>
    [Post("/" + CrmApiWireNames.WebApiKeyLoginPath)]
    Task<HttpResponseMessage> LoginWithWebApiKeyAsync([Header("Authorization")] string authorization, CancellationToken cancellationToken);

    /// <summary>Creates a lead; the token is the first member of the body.</summary>
    [Post("/" + CrmApiWireNames.CreateLeadPath)]
    Task<HttpResponseMessage> CreateLeadAsync([Body] HttpContent body, CancellationToken cancellationToken);
}
