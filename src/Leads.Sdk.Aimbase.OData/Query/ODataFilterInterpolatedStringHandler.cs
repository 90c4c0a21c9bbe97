using System.Runtime.CompilerServices;

namespace Leads.Sdk.Aimbase.OData.Query;

/// <summary>Builds an <see cref="ODataFilter"/> from an interpolated string: the literal text is kept, every hole is written as an escaped OData literal.</summary>
[InterpolatedStringHandler]
public ref struct ODataFilterInterpolatedStringHandler
{
    // One pooled buffer; values are written into it directly (numbers, dates and GUIDs without boxing).
    private ODataTextBuilder _text;

    /// <summary>Starts a filter.</summary>
    /// <param name="literalLength">The length of the literal parts.</param>
    /// <param name="formattedCount">The number of holes.</param>
    public ODataFilterInterpolatedStringHandler(int literalLength, int formattedCount)
    {
        _text = new ODataTextBuilder(literalLength + (formattedCount * 16));
    }

    /// <summary>Appends filter syntax written by the caller.</summary>
    /// <param name="value">The text.</param>
    public void AppendLiteral(string value) => _text.Append(value);

    /// <summary>Appends a value as an OData literal (see <see cref="ODataLiteral.Format"/>); an <see cref="ODataPropertyPath"/> is appended as a path.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="value">The value.</param>
    public void AppendFormatted<T>(T value) => ODataLiteral.Write(ref _text, value);

    internal string Build() => _text.ToStringAndRelease();
}
