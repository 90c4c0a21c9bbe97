using System.Text.Json;
using Leads.Sdk.Core.Tests.TestSupport;

namespace Leads.Sdk.Core.Tests.Serialization;

public class ObjectOrSingleElementArrayConverterTests
{
    private static Dealer? Read(string json)
        => JsonSerializer.Deserialize($"{{\"Dealer\":{json}}}", TestJsonContext.Default.ObjectHolder)!.Dealer;

    [Fact]
    public void Read_BareObject_ReadsObject()
        => Assert.Equal("A", Read("{\"DealerNumber\":\"A\"}")!.DealerNumber);

    [Fact]
    public void Read_OneElementArray_ReadsElement()
        => Assert.Equal("A", Read("[{\"DealerNumber\":\"A\"}]")!.DealerNumber);

    [Fact]
    public void Read_TwoElements_ThrowsJsonException()
    {
        var exception = Assert.ThrowsAny<JsonException>(() => Read("[{\"DealerNumber\":\"A\"},{\"DealerNumber\":\"B\"}]"));

        Assert.Contains("array of 2", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_EmptyArray_ThrowsJsonException()
        => Assert.ThrowsAny<JsonException>(() => Read("[]"));

    [Fact]
    public void Read_PropertyAfterArray_KeepsReaderInStep()
    {
        var json = "[{\"Dealer\":[{\"DealerNumber\":\"A\"}]},{\"Dealer\":{\"DealerNumber\":\"B\"}}]";

        var holders = JsonSerializer.Deserialize(json, TestJsonContext.Default.ObjectHolderArray)!;

        Assert.Equal(["A", "B"], holders.Select(h => h.Dealer!.DealerNumber));
    }
}
