using Leads.Sdk.CrmApi.Models;
using Leads.Sdk.Serialization;

namespace Leads.Sdk.CrmApi.Serialization;

/// <summary>The life cycle state literals; an unknown state reads as <see cref="CrmLeadLifeCycleState.Unknown"/> rather than failing the call that created the lead.</summary>
internal sealed class CrmLeadLifeCycleStateConverter() : TolerantEnumConverter<CrmLeadLifeCycleState>(
    CrmLeadLifeCycleState.Unknown,
    (CrmLeadLifeCycleState.Pending, "PENDING"),
    (CrmLeadLifeCycleState.InProgress, "IN_PROGRESS"),
    (CrmLeadLifeCycleState.Lost, "LOST"),
    (CrmLeadLifeCycleState.Won, "WON"),
    (CrmLeadLifeCycleState.Cancelled, "CANCELLED"));
