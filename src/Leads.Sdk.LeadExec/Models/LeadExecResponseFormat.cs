namespace Leads.Sdk.LeadExec.Models;

/// <summary>The <c>[response_type]</c> path segment: the format the server answers in.</summary>
public enum LeadExecResponseFormat
{
    /// <summary><c>json</c>.</summary>
    Json,

    /// <summary><c>xml</c>.</summary>
    Xml,
}
