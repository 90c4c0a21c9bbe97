using Leads.Sdk.CrmApi.Models;
using Leads.Sdk.Serialization;

namespace Leads.Sdk.CrmApi.Serialization;

/// <summary>The documented importance literals (doc: importance).</summary>
internal sealed class CrmLeadImportanceConverter() : TolerantEnumConverter<CrmLeadImportance>(
    null,
    (CrmLeadImportance.Importance1, "IMPORTANCE1"),
    (CrmLeadImportance.Importance2, "IMPORTANCE2"),
    (CrmLeadImportance.Importance3, "IMPORTANCE3"),
    (CrmLeadImportance.Importance4, "IMPORTANCE4"),
    (CrmLeadImportance.Importance5, "IMPORTANCE5"),
    (CrmLeadImportance.Custom1, "CUSTOM1"),
    (CrmLeadImportance.Custom2, "CUSTOM2"),
    (CrmLeadImportance.Custom3, "CUSTOM3"));
