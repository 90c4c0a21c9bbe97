using System.Text.Json;
using Leads.Sdk.Core.Tests.TestSupport;
using Leads.Sdk.Serialization;

namespace Leads.Sdk.Core.Tests.Serialization;

public class TolerantDateTimeOffsetConverterTests
{
    public static TheoryData<string, DateTimeOffset> Forms => new()
    {
        { "2024-03-01T10:20:30Z", new DateTimeOffset(2024, 3, 1, 10, 20, 30, TimeSpan.Zero) },
        { "2024-03-01T10:20:30", new DateTimeOffset(2024, 3, 1, 10, 20, 30, TimeSpan.Zero) },
        { "2024-03-01T10:20:30+05:30", new DateTimeOffset(2024, 3, 1, 10, 20, 30, new TimeSpan(5, 30, 0)) },
        { "2024-03-01T10:20:30-05:00", new DateTimeOffset(2024, 3, 1, 10, 20, 30, TimeSpan.FromHours(-5)) },
        { "2024-03-01T10:20:30.1234567+01:00", new DateTimeOffset(2024, 3, 1, 10, 20, 30, TimeSpan.FromHours(1)).AddTicks(1234567) },
        { "2024-03-01T10:20:30.5", new DateTimeOffset(2024, 3, 1, 10, 20, 30, 500, TimeSpan.Zero) },
        { "2024-03-01", new DateTimeOffset(2024, 3, 1, 0, 0, 0, TimeSpan.Zero) },
        { "3/1/2024 1:05:09 PM", new DateTimeOffset(2024, 3, 1, 13, 5, 9, TimeSpan.Zero) },
        { "12/31/2024 11:59:59 AM", new DateTimeOffset(2024, 12, 31, 11, 59, 59, TimeSpan.Zero) },
        { "3/1/2024", new DateTimeOffset(2024, 3, 1, 0, 0, 0, TimeSpan.Zero) },
        { "3/1/2024 17:45", new DateTimeOffset(2024, 3, 1, 17, 45, 0, TimeSpan.Zero) },
    };

    [Theory]
    [MemberData(nameof(Forms))]
    public void Read_AcceptedForm_ReadsInstantAndOffset(string text, DateTimeOffset expected)
    {
        var holder = JsonSerializer.Deserialize($"{{\"Value\":\"{text}\"}}", TestJsonContext.Default.DateTimeOffsetHolder)!;

        Assert.Equal(expected, holder.Value);
        Assert.Equal(expected.Offset, holder.Value.Offset);
    }

    [Theory]
    [InlineData("\"not a date\"")]
    [InlineData("\"13/45/2024\"")]
    [InlineData("\"\"")]
    [InlineData("20240301")]
    public void Read_BadValue_ThrowsJsonException(string json)
        => Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize($"{{\"Value\":{json}}}", TestJsonContext.Default.DateTimeOffsetHolder));

    [Fact]
    public void TryParse_NoOffset_UsesAssumedOffset()
    {
        Assert.True(TolerantDateTimeOffsetConverter.TryParse("3/1/2024 1:00:00 PM", TimeSpan.FromHours(-6), out var value));

        Assert.Equal(new DateTimeOffset(2024, 3, 1, 13, 0, 0, TimeSpan.FromHours(-6)), value);
    }

    [Fact]
    public void Write_Value_WritesIso8601WithOffset()
    {
        var holder = new DateTimeOffsetHolder { Value = new DateTimeOffset(2024, 3, 1, 10, 20, 30, new TimeSpan(5, 30, 0)) };

        using var document = JsonDocument.Parse(JsonSerializer.Serialize(holder, TestJsonContext.Default.DateTimeOffsetHolder));

        Assert.Equal("2024-03-01T10:20:30.0000000+05:30", document.RootElement.GetProperty("Value").GetString());
    }
}
