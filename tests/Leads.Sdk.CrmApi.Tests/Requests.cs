using Leads.Sdk.CrmApi.Models;

namespace Leads.Sdk.CrmApi.Tests;

/// <summary>Requests used across tests.</summary>
internal static class Requests
{
    public static CreateLeadRequest Minimal() => new CreateLeadRequestBuilder(
            LeadImportance.Importance1,
            LeadPriority.Priority3,
            EntityIdentifier.ByName("Sales"),
            ContactInformationIdentifier.ById("C1"),
            LeadSource.Named(LeadSourceType.Website, "example.com"))
        .Build();
}
