using System.Globalization;
using Leads.Sdk.LeadExec.Models;

namespace Leads.Sdk.LeadExec.Tests.Models;

public sealed class LeadExecFieldCollectionTests
{
    [Fact]
    public void Set_TypedValues_FormatsOneDocumentedWayRegardlessOfCulture()
    {
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
        try
        {
            var fields = new LeadExecFieldCollection()
                .Set("Amount", 1234.5m)
                .Set("Count", 42)
                .Set("Owner", true)
                .Set("When", new DateTime(2020, 11, 13, 12, 15, 0))
                .Set("Birth", new DateOnly(1980, 5, 7));

            Assert.Equal(["1234.5", "42", "true", "11/13/2020 12:15 PM", "5/7/1980"], fields.Select(f => f.Value));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Set_ExistingName_ReplacesInPlaceKeepingOrder()
    {
        var fields = new LeadExecFieldCollection().Set("A", "1").Set("B", "2").Set("a", "3");

        Assert.Equal(["A=3", "B=2"], fields.Select(f => $"{f.Key}={f.Value}"));
        Assert.Equal("3", fields["A"]);
    }

    [Fact]
    public void Add_DuplicateName_Throws()
    {
        var fields = new LeadExecFieldCollection { { "Email", "a@b.c" } };

        Assert.Throws<ArgumentException>(() => fields.Add("EMAIL", "x@y.z"));
    }

    [Theory]
    [InlineData("Id", "\u0131d")] // dotless i
    [InlineData("Sub", "\u017Fub")] // long s
    [InlineData("Kind", "\u212Aind")] // Kelvin sign
    [InlineData("\u00C9mail", "\u00E9MAIL")]
    public void Add_NamesBeyondAscii_DuplicateExactlyWhenOrdinalIgnoreCaseEqual(string first, string second)
    {
        var fields = new LeadExecFieldCollection { { first, "1" } };

        var error = Record.Exception(() => fields.Add(second, "2"));

        Assert.Equal(string.Equals(first, second, StringComparison.OrdinalIgnoreCase), error is ArgumentException);
    }

    [Fact]
    public void Add_AfterRemove_AddsAndFindsTheName()
    {
        var fields = new LeadExecFieldCollection { { "Email", "a@b.c" }, { "Phone", "1" } };

        fields.Remove("Email");
        fields.Add("EMAIL", "x@y.z");

        Assert.Equal("x@y.z", fields["email"]);
        Assert.Throws<ArgumentException>(() => fields.Add("Phone", "2"));
    }

    [Fact]
    public void Remove_PresentName_RemovesIt()
    {
        var fields = new LeadExecFieldCollection { { "Email", "a@b.c" } };

        Assert.True(fields.Remove("email"));
        Assert.Empty(fields);
    }
}
