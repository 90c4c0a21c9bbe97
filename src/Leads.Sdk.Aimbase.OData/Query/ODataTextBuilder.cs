using System.Buffers;

namespace Leads.Sdk.Aimbase.OData.Query;

/// <summary>
/// Writes query text into one pooled buffer, so translating a filter or building a query string allocates only the
/// final string (a <see cref="System.Text.StringBuilder"/> and per-node strings cost several times the result).
/// </summary>
/// <remarks>A <see langword="default"/> instance is empty and rents on first write.</remarks>
internal ref struct ODataTextBuilder
{
    private char[]? _buffer;
    private int _length;

    public ODataTextBuilder(int capacity)
    {
        _buffer = ArrayPool<char>.Shared.Rent(Math.Max(capacity, 64));
        _length = 0;
    }

    public readonly int Length => _length;

    public readonly ReadOnlySpan<char> Written => _buffer.AsSpan(0, _length);

    private readonly int Free => _buffer is null ? 0 : _buffer.Length - _length;

    public void Append(char value)
    {
        if (Free == 0)
        {
            Grow(1);
        }

        _buffer![_length++] = value;
    }

    public void Append(string? value) => Append(value.AsSpan());

    public void Append(scoped ReadOnlySpan<char> value)
    {
        if (value.Length > Free)
        {
            Grow(value.Length);
        }

        value.CopyTo(_buffer.AsSpan(_length));
        _length += value.Length;
    }

    /// <summary>Reserves <paramref name="count"/> characters at the end and returns them to be written.</summary>
    public Span<char> AppendSpan(int count)
    {
        if (count > Free)
        {
            Grow(count);
        }

        var span = _buffer.AsSpan(_length, count);
        _length += count;
        return span;
    }

    /// <summary>Appends a value formatted with the invariant culture, without an intermediate string.</summary>
    public void AppendInvariant<TValue>(TValue value, ReadOnlySpan<char> format = default)
        where TValue : ISpanFormattable
    {
        int written;
        while (!value.TryFormat(_buffer.AsSpan(_length), out written, format, System.Globalization.CultureInfo.InvariantCulture))
        {
            Grow(Math.Max(32, Free + 1));
        }

        _length += written;
    }

    /// <summary>Removes the last <paramref name="count"/> characters.</summary>
    public void Shrink(int count) => _length -= count;

    /// <summary>The text written, after which the buffer goes back to the pool.</summary>
    public string ToStringAndRelease()
    {
        var text = new string(Written);
        Release();
        return text;
    }

    public void Release()
    {
        var buffer = _buffer;
        _buffer = null;
        _length = 0;
        if (buffer is not null)
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    private void Grow(int additional)
    {
        var previous = _buffer;
        var next = ArrayPool<char>.Shared.Rent(Math.Max(Math.Max((previous?.Length ?? 0) * 2, _length + additional), 64));
        Written.CopyTo(next);
        _buffer = next;
        if (previous is not null)
        {
            ArrayPool<char>.Shared.Return(previous);
        }
    }
}
