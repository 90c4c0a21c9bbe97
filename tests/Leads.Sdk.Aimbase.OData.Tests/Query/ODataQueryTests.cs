using Leads.Sdk.Aimbase.OData.Models;
using Leads.Sdk.Aimbase.OData.Query;

namespace Leads.Sdk.Aimbase.OData.Tests.Query;

public sealed class ODataQueryTests
{
    private static readonly DateTimeOffset Since = new(2024, 1, 2, 10, 0, 0, TimeSpan.FromHours(-5));

    [Fact]
    public void Filter_ExpressionWithCapturedValues_TranslatesWithoutCompiling()
    {
        var name = "O'Neil";

        var filter = ODataFilter.FromExpression<Lead>(l => l.LeadDate >= Since && l.Prospect!.LastName == name);

        Assert.Equal("LeadDate ge 2024-01-02T10:00:00-05:00 and Prospect/LastName eq 'O''Neil'", filter.Expression);
    }

    [Fact]
    public void Filter_OrInsideAnd_KeepsParentheses()
    {
        var filter = ODataFilter.FromExpression<Lead>(l => (l.Score > 10 || l.Score < 2) && !(l.IsActive == true));

        Assert.Equal("(Score gt 10 or Score lt 2) and not (IsActive eq true)", filter.Expression);
    }

    [Fact]
    public void Filter_StringMethodsAndNull_TranslateToODataFunctions()
    {
        var filter = ODataFilter.FromExpression<Lead>(l => l.Medium!.Contains("web") || l.Event!.StartsWith("Boat") || l.LeadSourceCode!.EndsWith("ic") || l.Event == null);

        Assert.Equal("contains(Medium,'web') or startswith(Event,'Boat') or endswith(LeadSourceCode,'ic') or Event eq null", filter.Expression);
    }

    [Fact]
    public void Filter_ListContains_TranslatesToIn()
    {
        var codes = new List<string> { "N", "U" };

        var filter = ODataFilter.FromExpression<Lead>(l => codes.Contains(l.ConditionCode!));

        Assert.Equal("ConditionCode in ('N','U')", filter.Expression);
    }

    [Fact]
    public void Filter_ArrayContains_TranslatesToInDespiteSpanOverload()
    {
        var ids = new[] { 3, 5 };

        var filter = ODataFilter.FromExpression<Lead>(l => ids.Contains(l.Id) && l.Id != 4);

        Assert.Equal("Id in (3,5) and Id ne 4", filter.Expression);
    }

    [Fact]
    public void Filter_RenamedWireProperty_UsesJsonName()
    {
        var filter = ODataFilter.FromExpression<Lead>(l => l.Dealer!.Email == "a@b.c" && l.Prospect!.Zip4 != null);

        Assert.Equal("Dealer/EMail eq 'a@b.c' and Prospect/ZIP4 ne null", filter.Expression);
    }

    [Fact]
    public void Filter_GuidAndMethodCallOnCapturedValue_AreEvaluated()
    {
        var uid = Guid.Parse("cc16dda6-8c50-483b-a928-cc506817cc33");

        var filter = ODataFilter.FromExpression<Lead>(l => l.LeadUid == uid && l.CreateDate < Since.AddDays(1));

        Assert.Equal("LeadUid eq cc16dda6-8c50-483b-a928-cc506817cc33 and CreateDate lt 2024-01-03T10:00:00-05:00", filter.Expression);
    }

    [Fact]
    public void Filter_UnsupportedMethod_ThrowsNotSupported()
    {
        Assert.Throws<NotSupportedException>(() => ODataFilter.FromExpression<Lead>(l => l.Medium!.GetHashCode() == 1));
    }

    [Fact]
    public void Create_InterpolatedValues_AreEscapedLiterals()
    {
        var name = "O'Neil";
        var lastName = ODataPropertyPath.Of<Lead>(l => l.Prospect!.LastName);

        var filter = ODataFilter.Create($"{lastName} eq {name} and LeadDate ge {Since} and Score gt {1.5m}");

        Assert.Equal("Prospect/LastName eq 'O''Neil' and LeadDate ge 2024-01-02T10:00:00-05:00 and Score gt 1.5", filter.Expression);
    }

    [Fact]
    public void ToQueryString_EveryOption_EncodesValuesOnceAndKeepsDollarKeys()
    {
        var query = new ODataQuery<Lead>()
            .Filter(ODataFilter.Create($"Medium eq {"a&b#c+d%e"}"))
            .Expand(l => l.Prospect, p => p.Expand(x => x.Company).Select(x => x.LastName))
            .Select(l => l.Id, l => l.LeadDate)
            .OrderByDescending(l => l.LeadDate)
            .OrderBy(l => l.Id)
            .Top(50)
            .Skip(100)
            .WithCount();

        Assert.Equal(
            "$filter=Medium%20eq%20'a%26b%23c%2Bd%25e'&$expand=Prospect($expand=Company;$select=LastName)&$select=Id,LeadDate" +
            "&$orderby=LeadDate%20desc,Id&$top=50&$skip=100&$count=true",
            query.ToQueryString());
    }

    [Fact]
    public void ToQueryString_NonAscii_IsUtf8PercentEncoded()
    {
        var query = new ODataQuery<Lead>().Filter(ODataFilter.Create($"Prospect/LastName eq {"Müller 🚤"}"));

        Assert.Equal("$filter=Prospect/LastName%20eq%20'M%C3%BCller%20%F0%9F%9A%A4'", query.ToQueryString());
        Assert.Equal("Prospect/LastName eq 'Müller 🚤'", Uri.UnescapeDataString(query.ToQueryString()["$filter=".Length..]));
    }

    [Fact]
    public void Filter_CalledTwice_CombinesWithAnd()
    {
        var query = new ODataQuery<Lead>().Filter(l => l.Score > 1).Filter(l => l.Score < 5);

        Assert.Equal("$filter=(Score%20gt%201)%20and%20(Score%20lt%205)", query.ToQueryString());
    }
}
