using System.Text;
using System.Xml;
using Leads.Sdk.Serialization;

namespace Leads.Sdk.Core.Tests.Serialization;

public class SafeXmlTests
{
    private const string Dtd = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ELEMENT r ANY>]><r>x</r>";
    private const string ExternalEntity = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><r>&xxe;</r>";
    private const string BillionLaughs =
        "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">" +
        "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\"><!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">]><lolz>&lol4;</lolz>";

    [Theory]
    [InlineData(Dtd)]
    [InlineData(ExternalEntity)]
    [InlineData(BillionLaughs)]
    public void Parse_DocumentWithDtd_ThrowsXmlException(string xml)
        => Assert.Throws<XmlException>(() => SafeXml.Parse(xml));

    [Theory]
    [InlineData(Dtd)]
    [InlineData(ExternalEntity)]
    [InlineData(BillionLaughs)]
    public async Task LoadAsync_DocumentWithDtd_ThrowsXmlException(string xml)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(xml));

        await Assert.ThrowsAsync<XmlException>(() => SafeXml.LoadAsync(stream, TestContext.Current.CancellationToken));
    }

    [Fact]
    public void Parse_LargerThanCap_ThrowsXmlException()
    {
        var xml = "<r>" + new string('a', 2000) + "</r>";

        Assert.Throws<XmlException>(() => SafeXml.Parse(xml, maxCharacters: 1000));
    }

    [Fact]
    public async Task LoadAsync_LargerThanCap_ThrowsXmlException()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes("<r>" + new string('a', 2000) + "</r>"));

        await Assert.ThrowsAsync<XmlException>(() => SafeXml.LoadAsync(stream, maxCharacters: 1000, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task LoadAsync_ValidXml_LoadsDocument()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes("<?xml version=\"1.0\" encoding=\"utf-8\"?><lead id=\"7\"><name>A &amp; B</name></lead>"));

        var document = await SafeXml.LoadAsync(stream, TestContext.Current.CancellationToken);

        Assert.Equal("7", document.Root!.Attribute("id")!.Value);
        Assert.Equal("A & B", document.Root.Element("name")!.Value);
    }

    [Fact]
    public void Parse_ValidXmlUnderCap_LoadsDocument()
        => Assert.Equal("lead", SafeXml.Parse("<lead><n>1</n></lead>", maxCharacters: 1000).Root!.Name.LocalName);

    [Theory]
    [InlineData("Lead", true)]
    [InlineData("lead_1", true)]
    [InlineData("ns-name.x", true)]
    [InlineData("1lead", false)]
    [InlineData("a b", false)]
    [InlineData("a<b", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void IsValidName_Name_ReportsValidity(string? name, bool expected)
        => Assert.Equal(expected, SafeXml.IsValidName(name));

    [Theory]
    [InlineData("plain text & <tags>", true)]
    [InlineData("tab\tnew line\n", true)]
    [InlineData("emoji 😀", true)]
    [InlineData(null, true)]
    [InlineData("bell\u0007", false)]
    [InlineData("nul\0", false)]
    [InlineData("\uFFFE", false)]
    public void IsValidText_Text_ReportsValidity(string? text, bool expected)
        => Assert.Equal(expected, SafeXml.IsValidText(text));

    // A lone surrogate cannot go through [InlineData]: the theory's data is serialized and the character replaced.
    [Fact]
    public void IsValidText_LoneSurrogate_ReturnsFalse()
    {
        Assert.False(SafeXml.IsValidText("lone " + '\uD800' + " high"));
        Assert.False(SafeXml.IsValidText("lone " + '\uDC00'));
        Assert.True(SafeXml.IsValidText("pair " + '\uD83D' + '\uDE00'));
    }
}
