using System.Text.Json.Serialization;
using Leads.Sdk.CrmApi.Serialization;

namespace Leads.Sdk.CrmApi.Models;

/// <summary>One member of the team involved with the lead (item shape inferred, see docs/decisions.md).</summary>
public sealed class CrmLeadUser
{
    /// <summary>The user (<c>user_identifier</c>); required.</summary>
    [JsonPropertyName(CrmApiWireNames.UserIdentifier)]
    public CrmUserIdentifier? User { get; set; }
}
