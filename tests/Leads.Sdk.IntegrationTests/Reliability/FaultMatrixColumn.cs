namespace Leads.Sdk.IntegrationTests.Reliability;

/// <summary>The columns of the fault matrix in docs/reliability.md: one per kind of call.</summary>
public enum FaultMatrixColumn
{
    /// <summary>A lead POST (Aimbase create, LeadExec insert, CRM.COM create): never re-sent once it may have arrived.</summary>
    Post,

    /// <summary>The OData PATCH (update): never re-sent once it may have arrived, and reads no body on success.</summary>
    Patch,

    /// <summary>An OData GET (get, list): idempotent, so retried.</summary>
    Get,
}
