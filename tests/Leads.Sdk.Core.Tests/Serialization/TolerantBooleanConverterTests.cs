using System.Text.Json;
using Leads.Sdk.Core.Tests.TestSupport;

namespace Leads.Sdk.Core.Tests.Serialization;

public class TolerantBooleanConverterTests
{
    [Theory]
    [InlineData("true", true)]
    [InlineData("\"true\"", true)]
    [InlineData("\"True\"", true)]
    [InlineData("1", true)]
    [InlineData("\"1\"", true)]
    [InlineData("\"Y\"", true)]
    [InlineData("\"yes\"", true)]
    [InlineData("false", false)]
    [InlineData("\"false\"", false)]
    [InlineData("\"False\"", false)]
    [InlineData("0", false)]
    [InlineData("\"0\"", false)]
    [InlineData("\"N\"", false)]
    [InlineData("\"no\"", false)]
    public void Read_TolerantForm_ReadsBoolean(string json, bool expected)
    {
        var holder = JsonSerializer.Deserialize($"{{\"Value\":{json}}}", TestJsonContext.Default.BoolHolder)!;

        Assert.Equal(expected, holder.Value);
    }

    [Theory]
    [InlineData("\"maybe\"")]
    [InlineData("2")]
    [InlineData("\"\"")]
    [InlineData("{}")]
    public void Read_BadValue_ThrowsJsonException(string json)
        => Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize($"{{\"Value\":{json}}}", TestJsonContext.Default.BoolHolder));

    [Fact]
    public void Write_Value_WritesJsonBoolean()
        => Assert.Equal("{\"Value\":true}", JsonSerializer.Serialize(new BoolHolder { Value = true }, TestJsonContext.Default.BoolHolder));
}
