using Leads.Sdk.CrmApi.Models;
using Leads.Sdk.Serialization;

namespace Leads.Sdk.CrmApi.Serialization;

/// <summary>The documented importance literals (doc: importance).</summary>
internal sealed class LeadImportanceConverter() : TolerantEnumConverter<LeadImportance>(
    null,
    (LeadImportance.Importance1, "IMPORTANCE1"),
    (LeadImportance.Importance2, "IMPORTANCE2"),
    (LeadImportance.Importance3, "IMPORTANCE3"),
    (LeadImportance.Importance4, "IMPORTANCE4"),
    (LeadImportance.Importance5, "IMPORTANCE5"),
    (LeadImportance.Custom1, "CUSTOM1"),
    (LeadImportance.Custom2, "CUSTOM2"),
    (LeadImportance.Custom3, "CUSTOM3"));
