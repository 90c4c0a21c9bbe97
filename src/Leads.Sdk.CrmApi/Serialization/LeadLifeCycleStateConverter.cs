using Leads.Sdk.CrmApi.Models;
using Leads.Sdk.Serialization;

namespace Leads.Sdk.CrmApi.Serialization;

/// <summary>The life cycle state literals; an unknown state reads as <see cref="LeadLifeCycleState.Unknown"/> rather than failing the call that created the lead.</summary>
internal sealed class LeadLifeCycleStateConverter() : TolerantEnumConverter<LeadLifeCycleState>(
    LeadLifeCycleState.Unknown,
    (LeadLifeCycleState.Pending, "PENDING"),
    (LeadLifeCycleState.InProgress, "IN_PROGRESS"),
    (LeadLifeCycleState.Lost, "LOST"),
    (LeadLifeCycleState.Won, "WON"),
    (LeadLifeCycleState.Cancelled, "CANCELLED"));
