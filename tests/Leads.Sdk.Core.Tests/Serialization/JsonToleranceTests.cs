using System.Text;
using System.Text.Json;
using Leads.Sdk.Core.Tests.TestSupport;
using Leads.Sdk.Serialization;

namespace Leads.Sdk.Core.Tests.Serialization;

public class JsonToleranceTests
{
    [Theory]
    [InlineData("{\"DealerNumber\":\"A\"}")]
    [InlineData("[{\"DealerNumber\":\"A\"}]")]
    public void ReadObjectOrSingleElementArray_BareOrWrappedDocument_ReadsObject(string json)
        => Assert.Equal("A", JsonTolerance.ReadObjectOrSingleElementArray(Encoding.UTF8.GetBytes(json), TestJsonContext.Default.Dealer)!.DealerNumber);

    [Fact]
    public void ReadObjectOrSingleElementArray_SeveralElements_ThrowsJsonException()
        => Assert.Throws<JsonException>(() => JsonTolerance.ReadObjectOrSingleElementArray("[{},{},{}]"u8, TestJsonContext.Default.Dealer));
}
