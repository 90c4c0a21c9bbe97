using System.Text.Json;
using Leads.Sdk.Core.Tests.TestSupport;

namespace Leads.Sdk.Core.Tests.Serialization;

public class TolerantDateTimeConverterTests
{
    private static DateTime Read(string text)
        => JsonSerializer.Deserialize($"{{\"Value\":\"{text}\"}}", TestJsonContext.Default.DateTimeHolder)!.Value;

    [Fact]
    public void Read_NoOffset_KeepsWallClockAndUnspecifiedKind()
    {
        var value = Read("2024-03-01T10:20:30.25");

        Assert.Equal(new DateTime(2024, 3, 1, 10, 20, 30, 250), value);
        Assert.Equal(DateTimeKind.Unspecified, value.Kind);
    }

    [Fact]
    public void Read_UsFormat_KeepsWallClock()
    {
        var value = Read("3/1/2024 1:05:09 PM");

        Assert.Equal(new DateTime(2024, 3, 1, 13, 5, 9), value);
        Assert.Equal(DateTimeKind.Unspecified, value.Kind);
    }

    [Theory]
    [InlineData("2024-03-01T10:20:30+05:30", 4, 50)]
    [InlineData("2024-03-01T10:20:30Z", 10, 20)]
    [InlineData("2024-03-01T10:20:30+00:00", 10, 20)]
    [InlineData("2024-03-01T10:20:30-02:00", 12, 20)]
    public void Read_WithOffset_ConvertsToUtc(string text, int hour, int minute)
    {
        var value = Read(text);

        Assert.Equal(new DateTime(2024, 3, 1, hour, minute, 30, DateTimeKind.Utc), value);
        Assert.Equal(DateTimeKind.Utc, value.Kind);
    }

    [Fact]
    public void Read_BadValue_ThrowsJsonException()
        => Assert.ThrowsAny<JsonException>(() => Read("yesterday"));
}
