using System.Runtime.CompilerServices;
using System.Text;

namespace Leads.Sdk.Aimbase.OData.Query;

/// <summary>Builds an <see cref="ODataFilter"/> from an interpolated string: the literal text is kept, every hole is written as an escaped OData literal.</summary>
[InterpolatedStringHandler]
public ref struct ODataFilterInterpolatedStringHandler
{
    private readonly StringBuilder _text;

    /// <summary>Starts a filter.</summary>
    /// <param name="literalLength">The length of the literal parts.</param>
    /// <param name="formattedCount">The number of holes.</param>
    public ODataFilterInterpolatedStringHandler(int literalLength, int formattedCount)
    {
        _text = new StringBuilder(literalLength + (formattedCount * 16));
    }

    /// <summary>Appends filter syntax written by the caller.</summary>
    /// <param name="value">The text.</param>
    public readonly void AppendLiteral(string value) => _text.Append(value);

    /// <summary>Appends a value as an OData literal (see <see cref="ODataLiteral.Format"/>); an <see cref="ODataPropertyPath"/> is appended as a path.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="value">The value.</param>
    public readonly void AppendFormatted<T>(T value) => _text.Append(ODataLiteral.Format(value));

    internal readonly string Build() => _text.ToString();
}
