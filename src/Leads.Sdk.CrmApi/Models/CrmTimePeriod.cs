using System.Text.Json.Serialization;
using Leads.Sdk.CrmApi.Serialization;

namespace Leads.Sdk.CrmApi.Models;

/// <summary>A duration as CRM.COM's time period object: a positive value and its unit.</summary>
public sealed class CrmTimePeriod
{
    /// <summary>Creates an empty time period (set both properties).</summary>
    public CrmTimePeriod()
    {
    }

    /// <summary>Creates a time period.</summary>
    /// <param name="value">The positive amount.</param>
    /// <param name="unit">The unit.</param>
    public CrmTimePeriod(int value, CrmTimePeriodUnit unit)
    {
        Value = value;
        Unit = unit;
    }

    /// <summary>The amount (<c>time_period_value</c>); required, positive.</summary>
    [JsonPropertyName(CrmApiWireNames.TimePeriodValue)]
    public int? Value { get; set; }

    /// <summary>The unit (<c>time_period_uot</c>); required.</summary>
    [JsonPropertyName(CrmApiWireNames.TimePeriodUnit)]
    public CrmTimePeriodUnit? Unit { get; set; }
}
