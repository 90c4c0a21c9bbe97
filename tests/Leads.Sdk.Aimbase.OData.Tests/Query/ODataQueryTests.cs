using System.Text.Json.Serialization;
using Leads.Sdk.Aimbase.OData.Models;
using Leads.Sdk.Aimbase.OData.Query;

namespace Leads.Sdk.Aimbase.OData.Tests.Query;

public sealed class ODataQueryTests
{
    private static readonly DateTimeOffset Since = new(2024, 1, 2, 10, 0, 0, TimeSpan.FromHours(-5));

    public enum Condition
    {
        New,
        Used,
    }

    [Fact]
    public void Filter_FiveClausesWithCapturedFields_MatchesTheInterpolatedFilter()
    {
        var lastName = "O'Neil";
        var state = "MO";
        var minimumScore = 10;
        var status = "Pending";

        var translated = new ODataQuery<AimbaseODataLead>()
            .Filter(l => l.LeadDate >= Since && l.Prospect!.LastName == lastName && l.Prospect!.State == state && l.Score >= minimumScore && l.LeadStatusCode == status)
            .ToQueryString();
        var interpolated = new ODataQuery<AimbaseODataLead>()
            .Filter(ODataFilter.Create($"LeadDate ge {Since} and Prospect/LastName eq {lastName} and Prospect/State eq {state} and Score ge {minimumScore} and LeadStatusCode eq {status}"))
            .ToQueryString();

        Assert.Equal(
            "$filter=LeadDate%20ge%202024-01-02T10:00:00-05:00%20and%20Prospect/LastName%20eq%20'O''Neil'%20and%20Prospect/State%20eq%20'MO'" +
            "%20and%20Score%20ge%2010%20and%20LeadStatusCode%20eq%20'Pending'",
            translated);
        Assert.Equal(translated, interpolated);
    }

    [Fact]
    public void Filter_HasValueArithmeticAndNegation_KeepPrecedence()
    {
        var limit = -3;

        var filter = ODataFilter.FromExpression<AimbaseODataLead>(l => l.Score.HasValue && (l.Score + 2) * 3 > limit && !(l.DealerDistance - 1 < 5 || l.IsActive == false));

        Assert.Equal("Score ne null and (Score add 2) mul 3 gt -3 and not (DealerDistance sub 1 lt 5 or IsActive eq false)", filter.Expression);
    }

    [Fact]
    public void Filter_EnumComparedWithCapturedValue_WritesNameOfRenamedProperty()
    {
        var used = Condition.Used;

        var filter = ODataFilter.FromExpression<Boat>(b => b.Condition == used || b.Condition == Condition.New);

        Assert.Equal("cond eq 'Used' or cond eq 'New'", filter.Expression);
    }

    [Fact]
    public void Create_TypedHoles_WriteTheSameLiteralsAsFormat()
    {
        var when = new DateTimeOffset(2024, 3, 4, 5, 6, 7, TimeSpan.FromMinutes(330)).AddTicks(1_230_000);
        var uid = Guid.Parse("cc16dda6-8c50-483b-a928-cc506817cc33");
        int? missing = null;
        int? present = 4;
        string? none = null;

        var filter = ODataFilter.Create($"{1} {-2L} {3.25m} {true} {uid} {when} {"it's"} {missing} {present} {none} {Condition.Used} {2.5d} {new[] { "a", "b'" }}");

        string[] expected =
        [
            ODataLiteral.Format(1), ODataLiteral.Format(-2L), ODataLiteral.Format(3.25m), ODataLiteral.Format(true), ODataLiteral.Format(uid),
            ODataLiteral.Format(when), ODataLiteral.Format("it's"), "null", "4", "null", "'Used'", "2.5", "('a','b''')",
        ];
        Assert.Equal(string.Join(" ", expected), filter.Expression);
        Assert.Equal("1 -2 3.25 true cc16dda6-8c50-483b-a928-cc506817cc33 2024-03-04T05:06:07.123+05:30 'it''s' null 4 null 'Used' 2.5 ('a','b''')", filter.Expression);
    }

    [Fact]
    public void Create_NaN_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => ODataFilter.Create($"Score eq {double.NaN}"));
    }

    [Fact]
    public void Create_LongFilter_IsWrittenWhole()
    {
        var value = new string('x', 10_000);

        var filter = ODataFilter.Create($"Medium eq {value} or Medium eq {value}");

        Assert.Equal($"Medium eq '{value}' or Medium eq '{value}'", filter.Expression);
    }

    [Fact]
    public void Filter_ExpressionWithCapturedValues_TranslatesWithoutCompiling()
    {
        var name = "O'Neil";

        var filter = ODataFilter.FromExpression<AimbaseODataLead>(l => l.LeadDate >= Since && l.Prospect!.LastName == name);

        Assert.Equal("LeadDate ge 2024-01-02T10:00:00-05:00 and Prospect/LastName eq 'O''Neil'", filter.Expression);
    }

    [Fact]
    public void Filter_OrInsideAnd_KeepsParentheses()
    {
        var filter = ODataFilter.FromExpression<AimbaseODataLead>(l => (l.Score > 10 || l.Score < 2) && !(l.IsActive == true));

        Assert.Equal("(Score gt 10 or Score lt 2) and not (IsActive eq true)", filter.Expression);
    }

    [Fact]
    public void Filter_StringMethodsAndNull_TranslateToODataFunctions()
    {
        var filter = ODataFilter.FromExpression<AimbaseODataLead>(l => l.Medium!.Contains("web") || l.Event!.StartsWith("Boat") || l.LeadSourceCode!.EndsWith("ic") || l.Event == null);

        Assert.Equal("contains(Medium,'web') or startswith(Event,'Boat') or endswith(LeadSourceCode,'ic') or Event eq null", filter.Expression);
    }

    [Fact]
    public void Filter_ListContains_TranslatesToIn()
    {
        var codes = new List<string> { "N", "U" };

        var filter = ODataFilter.FromExpression<AimbaseODataLead>(l => codes.Contains(l.ConditionCode!));

        Assert.Equal("ConditionCode in ('N','U')", filter.Expression);
    }

    [Fact]
    public void Filter_ArrayContains_TranslatesToInDespiteSpanOverload()
    {
        var ids = new[] { 3, 5 };

        var filter = ODataFilter.FromExpression<AimbaseODataLead>(l => ids.Contains(l.Id) && l.Id != 4);

        Assert.Equal("Id in (3,5) and Id ne 4", filter.Expression);
    }

    [Fact]
    public void Filter_RenamedWireProperty_UsesJsonName()
    {
        var filter = ODataFilter.FromExpression<AimbaseODataLead>(l => l.Dealer!.Email == "a@b.c" && l.Prospect!.Zip4 != null);

        Assert.Equal("Dealer/EMail eq 'a@b.c' and Prospect/ZIP4 ne null", filter.Expression);
    }

    [Fact]
    public void Filter_GuidAndMethodCallOnCapturedValue_AreEvaluated()
    {
        var uid = Guid.Parse("cc16dda6-8c50-483b-a928-cc506817cc33");

        var filter = ODataFilter.FromExpression<AimbaseODataLead>(l => l.LeadUid == uid && l.CreateDate < Since.AddDays(1));

        Assert.Equal("LeadUid eq cc16dda6-8c50-483b-a928-cc506817cc33 and CreateDate lt 2024-01-03T10:00:00-05:00", filter.Expression);
    }

    [Fact]
    public void Filter_UnsupportedMethod_ThrowsNotSupported()
    {
        Assert.Throws<NotSupportedException>(() => ODataFilter.FromExpression<AimbaseODataLead>(l => l.Medium!.GetHashCode() == 1));
    }

    [Fact]
    public void Create_InterpolatedValues_AreEscapedLiterals()
    {
        var name = "O'Neil";
        var lastName = ODataPropertyPath.Of<AimbaseODataLead>(l => l.Prospect!.LastName);

        var filter = ODataFilter.Create($"{lastName} eq {name} and LeadDate ge {Since} and Score gt {1.5m}");

        Assert.Equal("Prospect/LastName eq 'O''Neil' and LeadDate ge 2024-01-02T10:00:00-05:00 and Score gt 1.5", filter.Expression);
    }

    [Fact]
    public void ToQueryString_EveryOption_EncodesValuesOnceAndKeepsDollarKeys()
    {
        var query = new ODataQuery<AimbaseODataLead>()
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
        var query = new ODataQuery<AimbaseODataLead>().Filter(ODataFilter.Create($"Prospect/LastName eq {"Müller 🚤"}"));

        Assert.Equal("$filter=Prospect/LastName%20eq%20'M%C3%BCller%20%F0%9F%9A%A4'", query.ToQueryString());
        Assert.Equal("Prospect/LastName eq 'Müller 🚤'", Uri.UnescapeDataString(query.ToQueryString()["$filter=".Length..]));
    }

    [Fact]
    public void Filter_CalledTwice_CombinesWithAnd()
    {
        var query = new ODataQuery<AimbaseODataLead>().Filter(l => l.Score > 1).Filter(l => l.Score < 5);

        Assert.Equal("$filter=(Score%20gt%201)%20and%20(Score%20lt%205)", query.ToQueryString());
    }

    public sealed class Boat
    {
        [JsonPropertyName("cond")]
        public Condition Condition { get; init; }
    }
}
