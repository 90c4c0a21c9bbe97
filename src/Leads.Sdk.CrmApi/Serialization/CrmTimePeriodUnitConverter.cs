using Leads.Sdk.CrmApi.Models;
using Leads.Sdk.Serialization;

namespace Leads.Sdk.CrmApi.Serialization;

/// <summary>The time period unit literals (CRM.COM time period object).</summary>
internal sealed class CrmTimePeriodUnitConverter() : TolerantEnumConverter<CrmTimePeriodUnit>(
    null,
    (CrmTimePeriodUnit.Minutes, "MINUTES"),
    (CrmTimePeriodUnit.Hours, "HOURS"),
    (CrmTimePeriodUnit.Days, "DAYS"),
    (CrmTimePeriodUnit.Weeks, "WEEKS"),
    (CrmTimePeriodUnit.Months, "MONTHS"),
    (CrmTimePeriodUnit.Years, "YEARS"));
