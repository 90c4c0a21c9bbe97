using System.Collections;
using System.Globalization;

namespace Leads.Sdk.Aimbase.OData.Query;

/// <summary>
/// Writes .NET values as OData V4 URI literals (before percent-encoding): strings quoted with <c>'</c> doubled,
/// numbers in the invariant culture, <see cref="Guid"/> bare, dates in ISO 8601 with their offset, enums by name
/// (as strings: the API's code fields are strings), <see langword="null"/> as <c>null</c>.
/// </summary>
public static class ODataLiteral
{
    /// <summary>The literal for <paramref name="value"/>.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The literal, for example <c>'O''Neil'</c> or <c>2024-01-02T10:00:00+05:30</c>.</returns>
    /// <exception cref="ArgumentException">A <see cref="DateTime"/> of unspecified kind (its instant is unknown), a non-finite number, or a type with no OData literal.</exception>
    public static string Format(object? value) => value switch
    {
        null => "null",
        string text => Quote(text),
        char character => Quote(character.ToString()),
        bool flag => flag ? "true" : "false",
        Guid guid => guid.ToString("D", CultureInfo.InvariantCulture),
        DateTimeOffset instant => FormatInstant(instant),
        DateTime dateTime => FormatInstant(ToInstant(dateTime)),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        TimeOnly time => time.ToString("HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture).TrimEnd('.'),
        Enum member => Quote(member.ToString()),
        double number => FormatFloating(number, number.ToString("R", CultureInfo.InvariantCulture)),
        float number => FormatFloating(number, number.ToString("R", CultureInfo.InvariantCulture)),
        decimal number => number.ToString(CultureInfo.InvariantCulture),
        byte or sbyte or short or ushort or int or uint or long or ulong => ((IFormattable)value).ToString(null, CultureInfo.InvariantCulture),
        ODataPropertyPath path => path.Path,
        IEnumerable items => FormatList(items),
        _ => throw new ArgumentException($"A value of type {value.GetType().Name} has no OData literal.", nameof(value)),
    };

    private static string Quote(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";

    private static string FormatFloating(double number, string text)
    {
        if (double.IsNaN(number) || double.IsInfinity(number))
        {
            throw new ArgumentException($"{text} cannot be compared in an OData filter.", nameof(number));
        }

        return text;
    }

    // Seconds and fractions are written only as far as they are non-zero, as Microsoft.OData.Core does.
    private static string FormatInstant(DateTimeOffset instant)
    {
        var text = instant.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture).TrimEnd('.');
        return instant.Offset == TimeSpan.Zero ? text + "Z" : text + instant.ToString("zzz", CultureInfo.InvariantCulture);
    }

    private static DateTimeOffset ToInstant(DateTime dateTime) => dateTime.Kind switch
    {
        DateTimeKind.Utc => new DateTimeOffset(dateTime, TimeSpan.Zero),
        DateTimeKind.Local => new DateTimeOffset(dateTime),
        _ => throw new ArgumentException(
            $"The DateTime {dateTime.ToString("O", CultureInfo.InvariantCulture)} has DateTimeKind.Unspecified, so the instant it means is unknown. " +
            "Use a DateTimeOffset, or DateTime.SpecifyKind(value, DateTimeKind.Utc) / DateTimeKind.Local.",
            nameof(dateTime)),
    };

    private static string FormatList(IEnumerable items)
    {
        var literals = new List<string>();
        foreach (var item in items)
        {
            literals.Add(item is IEnumerable and not string ? throw new ArgumentException("A list literal cannot contain lists.", nameof(items)) : Format(item));
        }

        return "(" + string.Join(",", literals) + ")";
    }
}
