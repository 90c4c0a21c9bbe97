using Leads.Sdk.CrmApi.Models;
using Leads.Sdk.Serialization;

namespace Leads.Sdk.CrmApi.Serialization;

/// <summary>
/// The documented priority literals 1–6 (doc: priority), written as JSON strings like CRM.COM's other enumerations
/// (inferred, see docs/decisions.md); a number is read too.
/// </summary>
internal sealed class CrmLeadPriorityConverter() : TolerantEnumConverter<CrmLeadPriority>(
    null,
    (CrmLeadPriority.Priority1, "1"),
    (CrmLeadPriority.Priority2, "2"),
    (CrmLeadPriority.Priority3, "3"),
    (CrmLeadPriority.Priority4, "4"),
    (CrmLeadPriority.Priority5, "5"),
    (CrmLeadPriority.Priority6, "6"));
