using System.Globalization;
using Leads.Sdk.Aimbase.OData.Query;
using Microsoft.OData;

namespace Leads.Sdk.Aimbase.OData.Tests.Query;

public sealed class ODataLiteralTests
{
    public enum Condition
    {
        New,
        Used,
    }

    public static TheoryData<object?> OracleValues() => new TheoryData<object?>
    {
        "O'Neil",
        "a&b#c+d%e",
        "Zoë Müller – 東京 🚤",
        "''",
        string.Empty,
        (object?)null!,
        true,
        false,
        42,
        -7L,
        1.5m,
        1234567.891m,
        2.25d,
        Guid.Parse("cc16dda6-8c50-483b-a928-cc506817cc33"),
        new DateTimeOffset(2024, 1, 2, 10, 0, 0, TimeSpan.FromHours(5.5)),
        new DateTimeOffset(2016, 11, 22, 0, 14, 41, 470, TimeSpan.FromHours(-6)),
        new DateTimeOffset(2024, 1, 2, 10, 0, 0, TimeSpan.Zero).AddTicks(1234567),
        new DateTimeOffset(2024, 1, 2, 10, 0, 0, TimeSpan.Zero),
        new DateTimeOffset(2024, 12, 31, 23, 59, 59, TimeSpan.FromMinutes(-210)).AddTicks(1000),
        new DateTimeOffset(987, 3, 4, 5, 6, 7, TimeSpan.FromHours(14)).AddTicks(9_999_999),
        DateTimeOffset.MaxValue,
        int.MinValue,
        long.MaxValue,
        -0.000001m,
    };

    [Theory]
    [MemberData(nameof(OracleValues))]
    public void Format_Value_MatchesMicrosoftODataCore(object? value)
    {
        Assert.Equal(ODataUriUtils.ConvertToUriLiteral(value, ODataVersion.V4), ODataLiteral.Format(value));
    }

    [Fact]
    public void Format_DateOnlyAndTimeOnly_WriteIsoWithoutEmptyFraction()
    {
        Assert.Equal("2024-01-02", ODataLiteral.Format(new DateOnly(2024, 1, 2)));
        Assert.Equal("10:11:12", ODataLiteral.Format(new TimeOnly(10, 11, 12)));
        Assert.Equal("10:11:12.5", ODataLiteral.Format(new TimeOnly(10, 11, 12, 500)));
    }

    [Fact]
    public void Format_StringWithApostrophe_DoublesIt()
    {
        Assert.Equal("'O''Neil'", ODataLiteral.Format("O'Neil"));
    }

    [Fact]
    public void Format_DecimalUnderGermanCulture_UsesInvariantPoint()
    {
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
        try
        {
            Assert.Equal("1.5", ODataLiteral.Format(1.5m));
            Assert.Equal("2.25", ODataLiteral.Format(2.25d));
            Assert.Equal("2024-01-02T10:00:00+05:30", ODataLiteral.Format(new DateTimeOffset(2024, 1, 2, 10, 0, 0, TimeSpan.FromHours(5.5))));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Format_Enum_WritesNameAsString()
    {
        Assert.Equal(ODataUriUtils.ConvertToUriLiteral("Used", ODataVersion.V4), ODataLiteral.Format(Condition.Used));
    }

    [Fact]
    public void Format_UtcDateTime_WritesAsInstant()
    {
        Assert.Equal("2024-01-02T10:00:00Z", ODataLiteral.Format(new DateTime(2024, 1, 2, 10, 0, 0, DateTimeKind.Utc)));
    }

    [Fact]
    public void Format_UnspecifiedDateTime_IsRefusedWithClearError()
    {
        var exception = Assert.Throws<ArgumentException>(() => ODataLiteral.Format(new DateTime(2024, 1, 2)));

        Assert.Contains("DateTimeKind.Unspecified", exception.Message, StringComparison.Ordinal);
        Assert.Contains("DateTimeOffset", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Format_List_WritesInList()
    {
        Assert.Equal("('O''Neil','Doe')", ODataLiteral.Format(new[] { "O'Neil", "Doe" }));
    }

    [Fact]
    public void Format_NaN_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => ODataLiteral.Format(double.NaN));
    }
}
