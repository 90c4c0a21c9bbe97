using System.Collections;
using System.Globalization;
using System.Runtime.CompilerServices;

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
    public static string Format(object? value)
    {
        var builder = new ODataTextBuilder(32);
        try
        {
            Write(ref builder, value);
            return builder.ToStringAndRelease();
        }
        finally
        {
            builder.Release();
        }
    }

    /// <summary>Writes the literal of a typed value; the common types are written without boxing.</summary>
    internal static void Write<TValue>(ref ODataTextBuilder builder, TValue value)
    {
        if (typeof(TValue) == typeof(int))
        {
            builder.AppendInvariant(Unsafe.As<TValue, int>(ref value));
        }
        else if (typeof(TValue) == typeof(long))
        {
            builder.AppendInvariant(Unsafe.As<TValue, long>(ref value));
        }
        else if (typeof(TValue) == typeof(decimal))
        {
            builder.AppendInvariant(Unsafe.As<TValue, decimal>(ref value));
        }
        else if (typeof(TValue) == typeof(bool))
        {
            builder.Append(Unsafe.As<TValue, bool>(ref value) ? "true" : "false");
        }
        else if (typeof(TValue) == typeof(Guid))
        {
            builder.AppendInvariant(Unsafe.As<TValue, Guid>(ref value), "D");
        }
        else if (typeof(TValue) == typeof(DateTimeOffset))
        {
            WriteInstant(ref builder, Unsafe.As<TValue, DateTimeOffset>(ref value));
        }
        else if (value is string text)
        {
            WriteQuoted(ref builder, text);
        }
        else
        {
            Write(ref builder, (object?)value);
        }
    }

    internal static void Write(ref ODataTextBuilder builder, object? value)
    {
        switch (value)
        {
            case null:
                builder.Append("null");
                break;
            case string text:
                WriteQuoted(ref builder, text);
                break;
            case char character:
                WriteQuoted(ref builder, new ReadOnlySpan<char>(in character));
                break;
            case bool flag:
                builder.Append(flag ? "true" : "false");
                break;
            case Guid guid:
                builder.AppendInvariant(guid, "D");
                break;
            case DateTimeOffset instant:
                WriteInstant(ref builder, instant);
                break;
            case DateTime dateTime:
                WriteInstant(ref builder, ToInstant(dateTime));
                break;
            case DateOnly date:
                builder.AppendInvariant(date, "yyyy-MM-dd");
                break;
            case TimeOnly time:
                builder.AppendInvariant(time, "HH:mm:ss.FFFFFFF");
                TrimTrailingPoint(ref builder);
                break;
            case Enum member:
                WriteQuoted(ref builder, member.ToString());
                break;
            case double number:
                EnsureFinite(double.IsFinite(number), number.ToString("R", CultureInfo.InvariantCulture));
                builder.AppendInvariant(number, "R");
                break;
            case float number:
                EnsureFinite(float.IsFinite(number), number.ToString("R", CultureInfo.InvariantCulture));
                builder.AppendInvariant(number, "R");
                break;
            case decimal number:
                builder.AppendInvariant(number);
                break;
            case byte or sbyte or short or ushort or int or uint or long or ulong:
                builder.AppendInvariant((ISpanFormattable)value);
                break;
            case ODataPropertyPath path:
                builder.Append(path.Path);
                break;
            case IEnumerable items:
                WriteList(ref builder, items);
                break;
            default:
                throw new ArgumentException($"A value of type {value.GetType().Name} has no OData literal.", nameof(value));
        }
    }

    private static void WriteQuoted(ref ODataTextBuilder builder, scoped ReadOnlySpan<char> text)
    {
        builder.Append('\'');
        int quote;
        while ((quote = text.IndexOf('\'')) >= 0)
        {
            builder.Append(text[..(quote + 1)]);
            builder.Append('\'');
            text = text[(quote + 1)..];
        }

        builder.Append(text);
        builder.Append('\'');
    }

    private static void EnsureFinite(bool isFinite, string number)
    {
        if (!isFinite)
        {
            throw new ArgumentException($"{number} cannot be compared in an OData filter.", nameof(number));
        }
    }

    // Seconds and fractions are written only as far as they are non-zero, as Microsoft.OData.Core does
    // ("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF" then the offset or Z), digit by digit: the custom format parser costs
    // more than the whole filter.
    private static void WriteInstant(ref ODataTextBuilder builder, DateTimeOffset instant)
    {
        var clock = instant.DateTime;
        var text = builder.AppendSpan(19);
        WriteDigits(text[..4], clock.Year);
        text[4] = '-';
        WriteDigits(text.Slice(5, 2), clock.Month);
        text[7] = '-';
        WriteDigits(text.Slice(8, 2), clock.Day);
        text[10] = 'T';
        WriteDigits(text.Slice(11, 2), clock.Hour);
        text[13] = ':';
        WriteDigits(text.Slice(14, 2), clock.Minute);
        text[16] = ':';
        WriteDigits(text.Slice(17, 2), clock.Second);

        var fraction = (int)(clock.Ticks % TimeSpan.TicksPerSecond);
        if (fraction != 0)
        {
            var digits = 7;
            while (fraction % 10 == 0)
            {
                fraction /= 10;
                digits--;
            }

            var fractionText = builder.AppendSpan(digits + 1);
            fractionText[0] = '.';
            WriteDigits(fractionText[1..], fraction);
        }

        var offset = instant.Offset;
        if (offset == TimeSpan.Zero)
        {
            builder.Append('Z');
            return;
        }

        var offsetText = builder.AppendSpan(6);
        offsetText[0] = offset < TimeSpan.Zero ? '-' : '+';
        var minutes = Math.Abs((int)offset.TotalMinutes);
        WriteDigits(offsetText.Slice(1, 2), minutes / 60);
        offsetText[3] = ':';
        WriteDigits(offsetText.Slice(4, 2), minutes % 60);
    }

    // Writes value right-aligned in destination, zero-padded to its whole length.
    private static void WriteDigits(Span<char> destination, int value)
    {
        for (var i = destination.Length - 1; i >= 0; i--)
        {
            destination[i] = (char)('0' + (value % 10));
            value /= 10;
        }
    }

    private static void TrimTrailingPoint(ref ODataTextBuilder builder)
    {
        if (builder.Length > 0 && builder.Written[^1] == '.')
        {
            builder.Shrink(1);
        }
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

    private static void WriteList(ref ODataTextBuilder builder, IEnumerable items)
    {
        builder.Append('(');
        var first = true;
        foreach (var item in items)
        {
            if (item is IEnumerable and not string)
            {
                throw new ArgumentException("A list literal cannot contain lists.", nameof(items));
            }

            if (!first)
            {
                builder.Append(',');
            }

            Write(ref builder, item);
            first = false;
        }

        builder.Append(')');
    }
}
