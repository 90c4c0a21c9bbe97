namespace Leads.Sdk.CrmApi.Models;

/// <summary>The life cycle state of a lead, as returned by the server.</summary>
public enum CrmLeadLifeCycleState
{
    /// <summary>A state this SDK version does not know.</summary>
    Unknown = 0,

    /// <summary><c>PENDING</c>.</summary>
    Pending,

    /// <summary><c>IN_PROGRESS</c>.</summary>
    InProgress,

    /// <summary><c>LOST</c>.</summary>
    Lost,

    /// <summary><c>WON</c>.</summary>
    Won,

    /// <summary><c>CANCELLED</c>.</summary>
    Cancelled,
}
