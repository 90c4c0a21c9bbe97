using System.Linq.Expressions;

namespace Leads.Sdk.Aimbase.OData.Query;

/// <summary>A <c>$filter</c> expression whose values are already escaped.</summary>
public sealed class ODataFilter
{
    private ODataFilter(string expression) => Expression = expression;

    /// <summary>The filter text, not yet percent-encoded, for example <c>Prospect/LastName eq 'O''Neil'</c>.</summary>
    public string Expression { get; }

    /// <summary>A filter from an interpolated string whose values are escaped: <c>ODataFilter.Create($"Prospect/LastName eq {name}")</c>.</summary>
    /// <param name="filter">The interpolated filter.</param>
    public static ODataFilter Create(ref ODataFilterInterpolatedStringHandler filter) => new(filter.Build());

    /// <summary>A filter from a C# predicate, translated without compiling it: <c>l =&gt; l.LeadDate &gt;= since &amp;&amp; l.Prospect!.LastName == name</c>.</summary>
    /// <typeparam name="T">The model filtered.</typeparam>
    /// <param name="predicate">The predicate: comparisons, <c>&amp;&amp;</c>, <c>||</c>, <c>!</c>, <c>string.Contains/StartsWith/EndsWith</c>, and list <c>Contains</c> (<c>in</c>).</param>
    /// <exception cref="NotSupportedException">The predicate uses something OData cannot express.</exception>
    /// <remarks>
    /// The C# compiler builds a new expression tree at every call of a lambda like this, before the SDK sees it, and
    /// that costs several times the translation itself. Where a filter is built in a hot loop, prefer
    /// <see cref="Create(ref ODataFilterInterpolatedStringHandler)"/>, which escapes the values with no tree.
    /// </remarks>
    public static ODataFilter FromExpression<T>(Expression<Func<T, bool>> predicate)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        return new ODataFilter(ODataExpressionTranslator.Translate(predicate));
    }

    /// <summary>Both filters: <c>(a) and (b)</c>.</summary>
    /// <param name="other">The other filter.</param>
    public ODataFilter And(ODataFilter other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new ODataFilter($"({Expression}) and ({other.Expression})");
    }

    /// <summary>The filter text percent-encoded once, as it is sent after <c>$filter=</c>.</summary>
    internal string EncodedExpression => ODataUriEncoding.Encode(Expression);

    /// <inheritdoc/>
    public override string ToString() => Expression;
}
