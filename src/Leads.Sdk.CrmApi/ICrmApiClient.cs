using Leads.Sdk.CrmApi.Models;

namespace Leads.Sdk.CrmApi;

/// <summary>The CRM.COM CRM API v2 client: leads/create, with login handled for you.</summary>
public interface ICrmApiClient
{
    /// <summary>
    /// Creates one lead (<c>POST {server}/crmapi/rest/v2/leads/create</c>). Logs in first when needed; when the
    /// server rejects the token, logs in again and repeats the call once (the rejected call created nothing).
    /// </summary>
    /// <param name="request">The lead.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The created lead, trimmed to <see cref="CreateLeadRequest.FieldsSet"/> when given.</returns>
    /// <exception cref="LeadsValidationException">The request broke a documented rule; nothing was sent.</exception>
    /// <exception cref="LeadsAuthenticationException">The login was refused, or the token was refused twice.</exception>
    /// <exception cref="LeadsApiException">The server answered with an error; <see cref="LeadsRequestException.ErrorCode"/> holds CRM.COM's code.</exception>
    Task<CrmLead> CreateLeadAsync(CreateLeadRequest request, CancellationToken cancellationToken = default);
}
