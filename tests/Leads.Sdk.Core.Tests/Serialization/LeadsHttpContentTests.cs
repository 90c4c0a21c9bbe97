using System.Text;
using System.Text.Json.Serialization.Metadata;
using Leads.Sdk.Core.Tests.TestSupport;
using Leads.Sdk.Serialization;

namespace Leads.Sdk.Core.Tests.Serialization;

public class LeadsHttpContentTests
{
    [Fact]
    public async Task Json_Value_IsUtf8JsonWithContentType()
    {
        using var content = LeadsHttpContent.Json(new Dealer { DealerNumber = "D-1 é" }, TestJsonContext.Default.Dealer);

        Assert.Equal("application/json", content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", content.Headers.ContentType.CharSet);
        Assert.Equal("{\"DealerNumber\":\"D-1 \\u00E9\"}", await content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Xml_SpecialCharacters_AreEscapedAndRoundTrip()
    {
        const string Text = "Tom & \"Jerry\" <'cat'>";
        using var content = LeadsHttpContent.Xml(w =>
        {
            w.WriteStartElement("lead");
            w.WriteAttributeString("note", Text);
            w.WriteElementString("name", Text);
            w.WriteEndElement();
        });

        var bytes = await content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        var xml = Encoding.UTF8.GetString(bytes);
        var document = SafeXml.Parse(xml);

        Assert.Equal("application/xml", content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", content.Headers.ContentType.CharSet);
        Assert.False(bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble), "no BOM");
        Assert.Contains("<name>Tom &amp; \"Jerry\" &lt;'cat'&gt;</name>", xml, StringComparison.Ordinal);
        Assert.Contains("note=\"Tom &amp; &quot;Jerry&quot; &lt;'cat'&gt;\"", xml, StringComparison.Ordinal);
        Assert.Equal(Text, document.Root!.Element("name")!.Value);
        Assert.Equal(Text, document.Root.Attribute("note")!.Value);
    }

    [Fact]
    public void Xml_InvalidCharacter_Throws()
        => Assert.ThrowsAny<ArgumentException>(() => LeadsHttpContent.Xml(w => w.WriteElementString("name", "bell\u0007")));

    [Fact]
    public async Task Form_Pairs_IsFormUrlEncoded()
    {
        using var content = LeadsHttpContent.Form([new("a", "1 2"), new("b", null), new("c", "é")]);

        Assert.Equal("application/x-www-form-urlencoded", content.Headers.ContentType!.MediaType);
        Assert.Equal("a=1+2&c=%C3%A9", await content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Json_ReadTwice_GivesSameBody()
    {
        using var content = LeadsHttpContent.Json(new Dealer { DealerNumber = "X" }, (JsonTypeInfo<Dealer>)TestJsonContext.Default.Dealer);

        var first = await content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var second = await content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(first, second);
    }
}
