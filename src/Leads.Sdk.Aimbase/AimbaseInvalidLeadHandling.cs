namespace Leads.Sdk.Aimbase;

/// <summary>What <see cref="IAimbaseClient.CreateLeadsAsync"/> does when some leads of a batch break a documented rule.</summary>
public enum AimbaseInvalidLeadHandling
{
    /// <summary>Send nothing and throw <see cref="LeadsValidationException"/> listing every error of every lead (the default).</summary>
    RejectBatch = 0,

    /// <summary>
    /// Send only the valid leads; each invalid lead comes back in the result as a client-side failure
    /// (<see cref="Models.AimbaseLeadResult.IsClientSideFailure"/>) with its errors, so no lead is dropped silently.
    /// </summary>
    SendValidLeads = 1,
}
