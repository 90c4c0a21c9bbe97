using System.Text.Json;
using Leads.Sdk.Core.Tests.TestSupport;

namespace Leads.Sdk.Core.Tests.Serialization;

public class SingleOrArrayConverterTests
{
    private static IReadOnlyList<Dealer> Read(string json)
        => JsonSerializer.Deserialize($"{{\"Dealers\":{json}}}", TestJsonContext.Default.ListHolder)!.Dealers;

    [Fact]
    public void Read_Array_ReadsEveryElementInOrder()
        => Assert.Equal(["A", "B"], Read("[{\"DealerNumber\":\"A\"},{\"DealerNumber\":\"B\"}]").Select(d => d.DealerNumber));

    [Fact]
    public void Read_SingleObject_ReadsOneElementList()
        => Assert.Equal("A", Assert.Single(Read("{\"DealerNumber\":\"A\"}")).DealerNumber);

    [Fact]
    public void Read_Null_ReadsEmptyList()
        => Assert.Empty(Read("null"));

    [Fact]
    public void Read_EmptyArray_ReadsEmptyList()
        => Assert.Empty(Read("[]"));

    [Fact]
    public void Write_SingleElement_WritesArray()
        => Assert.Equal(
            "{\"Dealers\":[{\"DealerNumber\":\"A\"}]}",
            JsonSerializer.Serialize(new ListHolder { Dealers = [new Dealer { DealerNumber = "A" }] }, TestJsonContext.Default.ListHolder));
}
