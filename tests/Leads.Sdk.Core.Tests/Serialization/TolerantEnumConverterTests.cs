using System.Text.Json;
using Leads.Sdk.Core.Tests.TestSupport;

namespace Leads.Sdk.Core.Tests.Serialization;

public class TolerantEnumConverterTests
{
    [Theory]
    [InlineData("\"Closed\"", LeadStatus.Closed)]
    [InlineData("\"closed\"", LeadStatus.Closed)]
    [InlineData("\"INPROGRESS\"", LeadStatus.InProgress)]
    [InlineData("\"in-progress\"", LeadStatus.InProgress)]
    [InlineData("\"IN-PROGRESS\"", LeadStatus.InProgress)]
    [InlineData("2", LeadStatus.InProgress)]
    [InlineData("\"3\"", LeadStatus.Closed)]
    [InlineData("\" 1 \"", LeadStatus.New)]
    public void Read_KnownForm_ReadsMember(string json, LeadStatus expected)
    {
        var holder = JsonSerializer.Deserialize($"{{\"Value\":{json}}}", TestJsonContext.Default.StrictEnumHolder)!;

        Assert.Equal(expected, holder.Value);
    }

    [Theory]
    [InlineData("\"Reopened\"")]
    [InlineData("42")]
    [InlineData("\"42\"")]
    [InlineData("\"\"")]
    [InlineData("true")]
    public void Read_UnknownValueWithoutFallback_ThrowsJsonException(string json)
        => Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize($"{{\"Value\":{json}}}", TestJsonContext.Default.StrictEnumHolder));

    [Theory]
    [InlineData("\"Reopened\"")]
    [InlineData("42")]
    [InlineData("\"42\"")]
    public void Read_UnknownValueWithFallback_ReadsFallback(string json)
    {
        var holder = JsonSerializer.Deserialize($"{{\"Value\":{json}}}", TestJsonContext.Default.LenientEnumHolder)!;

        Assert.Equal(LeadStatus.Unknown, holder.Value);
    }

    [Theory]
    [InlineData(LeadStatus.InProgress, "in-progress")]
    [InlineData(LeadStatus.Closed, "Closed")]
    public void Write_Member_WritesWireName(LeadStatus value, string expected)
        => Assert.Equal($"{{\"Value\":\"{expected}\"}}", JsonSerializer.Serialize(new StrictEnumHolder { Value = value }, TestJsonContext.Default.StrictEnumHolder));

    [Fact]
    public void TryParse_UndefinedNumber_ReturnsFalse()
        => Assert.False(new StrictLeadStatusConverter().TryParse("7", out _));
}
