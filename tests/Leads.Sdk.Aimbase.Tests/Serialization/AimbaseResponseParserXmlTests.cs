using System.Globalization;
using System.Text;
using System.Xml;
using Leads.Sdk.Aimbase.Serialization;

namespace Leads.Sdk.Aimbase.Tests.Serialization;

/// <summary>How XML response bodies are read: tolerant of casing, namespaces, wrappers and white space; first element wins.</summary>
public sealed class AimbaseResponseParserXmlTests
{
    private const string Xsi = "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"";

    public static TheoryData<string, string> Bodies => new()
    {
        {
            "<Leads " + Xsi + "> <Lead> <Id>0</Id> <Status>Success</Status> <StatusMessage>Lead successfully received</StatusMessage> <Messages /> <LeadApiIdentifier>a</LeadApiIdentifier> </Lead> <Lead><Id>1</Id><Status>Failure</Status><LeadApiIdentifier>b</LeadApiIdentifier></Lead> </Leads>",
            "TopLevelError=null | Id='0' Status='Success' StatusMessage='Lead successfully received' LeadApiIdentifier='a' Messages=[] | Id='1' Status='Failure' StatusMessage=null LeadApiIdentifier='b' Messages=null"
        },
        {
            "<?xml version=\"1.0\" encoding=\"utf-16\"?>\r\n<leads xmlns=\"urn:x\"><p:LEAD xmlns:p=\"urn:p\"><p:id> 7 </p:id><STATUS>success</STATUS><statusmessage><![CDATA[ok & <fine> ]]></statusmessage><leadapiidentifier>a</leadapiidentifier></p:LEAD></leads>",
            "TopLevelError=null | Id='7' Status='success' StatusMessage='ok & <fine>' LeadApiIdentifier='a' Messages=null"
        },
        {
            "<LeadResponse><TopLevelError> Batch rejected </TopLevelError><Lead><Id>ignored</Id></Lead><LeadResponseRecords><LeadResponseRecord><Id>1</Id><Status>Success</Status></LeadResponseRecord><Junk><Id>x</Id></Junk><LeadResponse><Id>2</Id></LeadResponse><Lead><Id>3</Id></Lead></LeadResponseRecords><LeadResponseRecords><Lead><Id>second container</Id></Lead></LeadResponseRecords></LeadResponse>",
            "TopLevelError='Batch rejected' | Id='1' Status='Success' StatusMessage=null LeadApiIdentifier=null Messages=null | Id='2' Status=null StatusMessage=null LeadApiIdentifier=null Messages=null | Id='3' Status=null StatusMessage=null LeadApiIdentifier=null Messages=null"
        },
        {
            "<Lead " + Xsi + "><Status>Failure</Status><Id xsi:nil=\"TRUE\">5</Id><StatusMessage>  </StatusMessage><LeadApiIdentifier xsi:nil=\"false\">a</LeadApiIdentifier><Messages><Message>Plain text message</Message><Message><Field>LastName</Field></Message><Message><Field> City </Field><Message>Too long</Message><Message>second</Message></Message><Message xsi:nil=\"true\">nil</Message><Message/></Messages><Messages><Message>second list</Message></Messages></Lead>",
            "TopLevelError=null | Id=null Status='Failure' StatusMessage=null LeadApiIdentifier='a' Messages=[null:'Plain text message', 'LastName':null, 'City':'Too long', null:null, null:null]"
        },
        {
            "<LeadResponse><Status/><TopLevelError xsi:nil=\"true\" " + Xsi + ">x</TopLevelError></LeadResponse>",
            "TopLevelError=null | Id=null Status=null StatusMessage=null LeadApiIdentifier=null Messages=null"
        },
        {
            "<Leads><Lead><Id>1</Id><Id>2</Id><Status>Suc<b>ce</b>ss</Status><StatusMessage>line 1\n <i>and</i> <i>2</i> </StatusMessage><Messages>text<Message>m</Message><!-- comment --><?pi x?></Messages></Lead></Leads>",
            "TopLevelError=null | Id='1' Status='Success' StatusMessage='line 1\\n and 2' LeadApiIdentifier=null Messages=[null:'m']"
        },
        {
            "\uFEFF  <Leads><TopLevelError>Only an error</TopLevelError></Leads>\n",
            "TopLevelError='Only an error'"
        },
        {
            "<Leads>  </Leads>",
            "TopLevelError=null"
        },
    };

    [Theory]
    [MemberData(nameof(Bodies))]
    public void Parse_XmlBody_ReadsTolerantly(string body, string expected)
    {
        var response = AimbaseResponseParser.Parse(Encoding.UTF8.GetBytes(body));

        Assert.Equal(expected, Describe(response));
    }

    [Theory]
    [InlineData("<Error><Message>nope</Message></Error>", typeof(FormatException))]
    [InlineData("<Leads><Lead><Id>1</Id></Lead></Leads><Leads/>", typeof(XmlException))]
    [InlineData("<Leads><Lead><Id>1</Id></Lead></Leads>trailing", typeof(XmlException))]
    [InlineData("<Leads><Lead><Id>1</Lead></Leads>", typeof(XmlException))]
    [InlineData("<!DOCTYPE Leads [<!ENTITY x \"y\">]><Leads><Lead><Id>&x;</Id></Lead></Leads>", typeof(XmlException))]
    [InlineData("<?xml version=\"1.0\"?>", typeof(XmlException))]
    public void Parse_XmlBodyNotTheDocumentedResponse_ThrowsWhatTheClientReportsAsUnreadable(string body, Type expected)
    {
        var exception = Record.Exception(() => AimbaseResponseParser.Parse(Encoding.UTF8.GetBytes(body)));

        Assert.IsType(expected, exception);
    }

    private static string Describe(AimbaseResponseDto response)
    {
        var text = new StringBuilder($"TopLevelError={Show(response.TopLevelError)}");
        if (response.LeadResponseRecords is null)
        {
            return text.Append(" Records=null").ToString();
        }

        foreach (var record in response.LeadResponseRecords)
        {
            text.Append(CultureInfo.InvariantCulture, $" | Id={Show(record.Id)} Status={Show(record.Status)} StatusMessage={Show(record.StatusMessage)} LeadApiIdentifier={Show(record.LeadApiIdentifier)} Messages=");
            text.Append(record.Messages is null ? "null" : "[" + string.Join(", ", record.Messages.Select(m => $"{Show(m.Field)}:{Show(m.Message)}")) + "]");
        }

        return text.ToString();

        static string Show(string? value) => value is null ? "null" : $"'{value.Replace("\n", "\\n", StringComparison.Ordinal)}'";
    }
}
