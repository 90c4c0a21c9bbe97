using Leads.Sdk.CrmApi.Models;
using Leads.Sdk.Serialization;

namespace Leads.Sdk.CrmApi.Serialization;

/// <summary>The time period unit literals (CRM.COM time period object).</summary>
internal sealed class TimePeriodUnitConverter() : TolerantEnumConverter<TimePeriodUnit>(
    null,
    (TimePeriodUnit.Minutes, "MINUTES"),
    (TimePeriodUnit.Hours, "HOURS"),
    (TimePeriodUnit.Days, "DAYS"),
    (TimePeriodUnit.Weeks, "WEEKS"),
    (TimePeriodUnit.Months, "MONTHS"),
    (TimePeriodUnit.Years, "YEARS"));
