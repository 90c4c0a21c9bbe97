using System.Text.Json.Serialization;
using Leads.Sdk.Serialization;

namespace Leads.Sdk.Core.Tests.TestSupport;

public enum LeadStatus
{
    New = 1,
    InProgress = 2,
    Closed = 3,
    Unknown = 99,
}

/// <summary>Knows the wire name <c>in-progress</c>; unknown values are errors.</summary>
internal sealed class StrictLeadStatusConverter() : TolerantEnumConverter<LeadStatus>(null, (LeadStatus.InProgress, "in-progress"));

/// <summary>Unknown values read as <see cref="LeadStatus.Unknown"/>.</summary>
internal sealed class LenientLeadStatusConverter() : TolerantEnumConverter<LeadStatus>(LeadStatus.Unknown, (LeadStatus.InProgress, "in-progress"));

public sealed class BoolHolder
{
    [JsonConverter(typeof(TolerantBooleanConverter))]
    public bool Value { get; set; }
}

public sealed class StrictEnumHolder
{
    [JsonConverter(typeof(StrictLeadStatusConverter))]
    public LeadStatus Value { get; set; }
}

public sealed class LenientEnumHolder
{
    [JsonConverter(typeof(LenientLeadStatusConverter))]
    public LeadStatus Value { get; set; }
}

public sealed class DateTimeOffsetHolder
{
    [JsonConverter(typeof(TolerantDateTimeOffsetConverter))]
    public DateTimeOffset Value { get; set; }
}

public sealed class NumberHolder
{
    public int Count { get; set; }

    public decimal Amount { get; set; }
}

public sealed class Dealer
{
    public string? DealerNumber { get; set; }
}

[JsonSerializable(typeof(BoolHolder))]
[JsonSerializable(typeof(StrictEnumHolder))]
[JsonSerializable(typeof(LenientEnumHolder))]
[JsonSerializable(typeof(DateTimeOffsetHolder))]
[JsonSerializable(typeof(Dealer))]
internal sealed partial class TestJsonContext : JsonSerializerContext;

[JsonSourceGenerationOptions(NumberHandling = JsonNumberHandling.AllowReadingFromString)]
[JsonSerializable(typeof(NumberHolder))]
internal sealed partial class NumbersAsStringsJsonContext : JsonSerializerContext;

[JsonSerializable(typeof(NumberHolder))]
internal sealed partial class StrictNumbersJsonContext : JsonSerializerContext;
