namespace Leads.Sdk.CrmApi.Models;

/// <summary>The priority of a lead (doc: Lead Priority, allowed 1–6). Sent as the documented literal <c>"1"</c> … <c>"6"</c>.</summary>
public enum CrmLeadPriority
{
    /// <summary><c>1</c>.</summary>
    Priority1 = 1,

    /// <summary><c>2</c>.</summary>
    Priority2 = 2,

    /// <summary><c>3</c>.</summary>
    Priority3 = 3,

    /// <summary><c>4</c>.</summary>
    Priority4 = 4,

    /// <summary><c>5</c>.</summary>
    Priority5 = 5,

    /// <summary><c>6</c>.</summary>
    Priority6 = 6,
}
