using Leads.Sdk.CrmApi.Models;
using Leads.Sdk.Serialization;

namespace Leads.Sdk.CrmApi.Serialization;

/// <summary>
/// The documented priority literals 1–6 (doc: priority), written as JSON strings like CRM.COM's other enumerations
/// (inferred, see docs/decisions.md); a number is read too.
/// </summary>
internal sealed class LeadPriorityConverter() : TolerantEnumConverter<LeadPriority>(
    null,
    (LeadPriority.Priority1, "1"),
    (LeadPriority.Priority2, "2"),
    (LeadPriority.Priority3, "3"),
    (LeadPriority.Priority4, "4"),
    (LeadPriority.Priority5, "5"),
    (LeadPriority.Priority6, "6"));
