using System.Text.Json.Serialization;
using Leads.Sdk.CrmApi.Serialization;

namespace Leads.Sdk.CrmApi.Models;

/// <summary>One element of the set of lead competitors (item shape inferred, see docs/decisions.md).</summary>
public sealed class CrmLeadCompetitor
{
    /// <summary>The competitor (<c>competitor_identifier</c>); required.</summary>
    [JsonPropertyName(CrmApiWireNames.CompetitorIdentifier)]
    public CrmEntityIdentifier? Competitor { get; set; }
}
