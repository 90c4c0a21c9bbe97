using System.Text;
using Leads.Sdk.Serialization;

namespace Leads.Sdk.Core.Tests.Serialization;

public class BodyStartTests
{
    [Theory]
    [InlineData("<Leads/>", 0)]
    [InlineData(" \t\r\n{}", 4)]
    [InlineData("\uFEFF<Leads/>", 3)]
    [InlineData(" \uFEFF \uFEFF[1]", 8)]
    [InlineData("  ", 2)]
    [InlineData("", 0)]
    public void IndexIn_Utf8Body_SkipsWhiteSpaceAndByteOrderMarksInAnyOrder(string body, int expected)
        => Assert.Equal(expected, BodyStart.IndexIn(Encoding.UTF8.GetBytes(body)));

    [Theory]
    [InlineData("<Leads/>", 0)]
    [InlineData("\uFEFF \u00A0{}", 3)]
    [InlineData("\r\n\uFEFF\uFEFF<x/>", 4)]
    [InlineData(" ", 1)]
    public void IndexIn_Text_SkipsWhiteSpaceAndByteOrderMarksInAnyOrder(string text, int expected)
        => Assert.Equal(expected, BodyStart.IndexIn(text.AsSpan()));
}
