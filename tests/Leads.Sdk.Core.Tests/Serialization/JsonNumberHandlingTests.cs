using System.Text.Json;
using Leads.Sdk.Core.Tests.TestSupport;

namespace Leads.Sdk.Core.Tests.Serialization;

/// <summary>Numbers sent as strings are read through the context's <c>AllowReadingFromString</c>, not a converter.</summary>
public class JsonNumberHandlingTests
{
    private const string Json = "{\"Count\":\"12\",\"Amount\":\"3.50\"}";

    [Fact]
    public void Deserialize_NumbersAsStringsWithAllowReadingFromString_ReadsNumbers()
    {
        var holder = JsonSerializer.Deserialize(Json, NumbersAsStringsJsonContext.Default.NumberHolder)!;

        Assert.Equal(12, holder.Count);
        Assert.Equal(3.50m, holder.Amount);
    }

    [Fact]
    public void Deserialize_NumbersAsStringsWithoutNumberHandling_ThrowsJsonException()
        => Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(Json, StrictNumbersJsonContext.Default.NumberHolder));
}
