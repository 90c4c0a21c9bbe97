namespace Leads.Sdk.CrmApi.Models;

/// <summary>The unit of a time period (<c>time_period_uot</c>).</summary>
public enum CrmTimePeriodUnit
{
    /// <summary><c>MINUTES</c>.</summary>
    Minutes = 1,

    /// <summary><c>HOURS</c>.</summary>
    Hours,

    /// <summary><c>DAYS</c>.</summary>
    Days,

    /// <summary><c>WEEKS</c>.</summary>
    Weeks,

    /// <summary><c>MONTHS</c> (in CRM.COM's time period object; the leads/create doc lists minutes, hours, days, weeks and years).</summary>
    Months,

    /// <summary><c>YEARS</c>.</summary>
    Years,
}
