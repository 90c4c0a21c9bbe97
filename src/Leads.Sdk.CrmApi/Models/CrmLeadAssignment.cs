using System.Text.Json.Serialization;
using Leads.Sdk.CrmApi.Serialization;

namespace Leads.Sdk.CrmApi.Models;

/// <summary>Who the lead is assigned to (<c>assigned_to</c>; shape inferred: a user and/or a group, see docs/decisions.md).</summary>
public sealed class CrmLeadAssignment
{
    /// <summary>The assigned user (<c>user_identifier</c>).</summary>
    [JsonPropertyName(CrmApiWireNames.UserIdentifier)]
    public CrmUserIdentifier? User { get; set; }

    /// <summary>The assigned group (<c>group_identifier</c>).</summary>
    [JsonPropertyName(CrmApiWireNames.GroupIdentifier)]
    public CrmEntityIdentifier? Group { get; set; }
}
