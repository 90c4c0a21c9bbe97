namespace Leads.Sdk.Core.Tests.Options;

public class HeaderValuesTests
{
    [Theory]
    [InlineData(null, false)]
    [InlineData("", false)]
    [InlineData("plain value é", false)]
    [InlineData("a\rb", true)]
    [InlineData("a\nb", true)]
    [InlineData("a\0", true)]
    [InlineData("a\u007f", true)]
    public void HasControlCharacters_Value_ReportsControlCharacters(string? value, bool expected)
        => Assert.Equal(expected, HeaderValues.HasControlCharacters(value));
}
