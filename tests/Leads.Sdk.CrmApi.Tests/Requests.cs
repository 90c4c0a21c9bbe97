using Leads.Sdk.CrmApi.Models;

namespace Leads.Sdk.CrmApi.Tests;

/// <summary>Requests used across tests.</summary>
internal static class Requests
{
    public static CrmCreateLeadRequest Minimal() => new CrmCreateLeadRequestBuilder(
            CrmLeadImportance.Importance1,
            CrmLeadPriority.Priority3,
            CrmEntityIdentifier.ByName("Sales"),
            CrmContactInformationIdentifier.ById("C1"),
            CrmLeadSource.Named(CrmLeadSourceType.Website, "example.com"))
        .Build();
}
