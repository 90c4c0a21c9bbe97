using System.Globalization;
using System.Linq.Expressions;

namespace Leads.Sdk.Aimbase.OData.Query;

/// <summary>
/// A typed OData query: <c>$filter</c>, <c>$expand</c>, <c>$select</c>, <c>$orderby</c>, <c>$top</c>, <c>$skip</c>,
/// <c>$count</c>. Property names come from the model; values are escaped.
/// </summary>
/// <typeparam name="T">The entity model.</typeparam>
/// <example>
/// <code>
/// var query = new ODataQuery&lt;AimbaseODataLead&gt;()
///     .Filter(l =&gt; l.LeadDate &gt;= since &amp;&amp; l.Prospect!.LastName == "O'Neil")
///     .Expand(l =&gt; l.Prospect, p =&gt; p.Expand(x =&gt; x.Company))
///     .OrderBy(l =&gt; l.LeadDate)
///     .WithCount();
/// </code>
/// </example>
public sealed class ODataQuery<T>
{
    // Created on first use, so a filter-only query allocates little more than its text.
    private ODataExpand<T>? _expand;
    private List<string>? _orderBy;
    private ODataFilter? _filter;

    /// <summary>The <c>$top</c> value, if set.</summary>
    public int? TopCount { get; private set; }

    /// <summary>The <c>$skip</c> value, if set.</summary>
    public int? SkipCount { get; private set; }

    /// <summary>Whether <c>$count=true</c> is sent.</summary>
    public bool IsCountRequested { get; private set; }

    /// <summary>Adds a filter from a C# predicate (translated, not compiled); several filters are combined with <c>and</c>.</summary>
    /// <param name="predicate">The predicate.</param>
    /// <remarks>Building the predicate's expression tree is the larger part of the cost (see <see cref="ODataFilter.FromExpression{T}"/>).</remarks>
    public ODataQuery<T> Filter(Expression<Func<T, bool>> predicate) => Filter(ODataFilter.FromExpression(predicate));

    /// <summary>Adds a filter; several filters are combined with <c>and</c>.</summary>
    /// <param name="filter">The filter, for example <c>ODataFilter.Create($"Prospect/LastName eq {name}")</c>.</param>
    public ODataQuery<T> Filter(ODataFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        _filter = _filter is null ? filter : _filter.And(filter);
        return this;
    }

    /// <summary>Expands a navigation property, optionally with nested options.</summary>
    /// <typeparam name="TProperty">The related model.</typeparam>
    /// <param name="navigation">The navigation property.</param>
    /// <param name="nested">Configures the nested expand and select.</param>
    public ODataQuery<T> Expand<TProperty>(Expression<Func<T, TProperty?>> navigation, Action<ODataExpand<TProperty>>? nested = null)
        where TProperty : class
    {
        (_expand ??= new()).Expand(navigation, nested);
        return this;
    }

    /// <summary>Selects only these properties.</summary>
    /// <param name="properties">The properties.</param>
    public ODataQuery<T> Select(params Expression<Func<T, object?>>[] properties)
    {
        (_expand ??= new()).Select(properties);
        return this;
    }

    /// <summary>Sorts ascending by a property; later calls add tie-breakers.</summary>
    /// <param name="property">The property.</param>
    public ODataQuery<T> OrderBy(Expression<Func<T, object?>> property) => AddOrder(property, string.Empty);

    /// <summary>Sorts descending by a property; later calls add tie-breakers.</summary>
    /// <param name="property">The property.</param>
    public ODataQuery<T> OrderByDescending(Expression<Func<T, object?>> property) => AddOrder(property, " desc");

    /// <summary>Returns at most <paramref name="count"/> items in total (across pages).</summary>
    /// <param name="count">Zero or more.</param>
    public ODataQuery<T> Top(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        TopCount = count;
        return this;
    }

    /// <summary>Skips the first <paramref name="count"/> items.</summary>
    /// <param name="count">Zero or more.</param>
    public ODataQuery<T> Skip(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        SkipCount = count;
        return this;
    }

    /// <summary>Asks for the total number of matching items (<c>$count=true</c>), exposed as <see cref="Paging.ODataPage{T}.Count"/>.</summary>
    /// <param name="include">Whether to ask.</param>
    public ODataQuery<T> WithCount(bool include = true)
    {
        IsCountRequested = include;
        return this;
    }

    /// <summary>The query options in wire order, values not yet percent-encoded.</summary>
    public IEnumerable<KeyValuePair<string, string>> Options()
    {
        if (_filter is not null)
        {
            yield return new("$filter", _filter.Expression);
        }

        if (_expand is not null)
        {
            foreach (var option in _expand.Options())
            {
                yield return option;
            }
        }

        if (_orderBy is { Count: > 0 })
        {
            yield return new("$orderby", string.Join(",", _orderBy));
        }

        if (TopCount is { } top)
        {
            yield return new("$top", top.ToString(CultureInfo.InvariantCulture));
        }

        if (SkipCount is { } skip)
        {
            yield return new("$skip", skip.ToString(CultureInfo.InvariantCulture));
        }

        if (IsCountRequested)
        {
            yield return new("$count", "true");
        }
    }

    /// <summary>The query string without <c>?</c>, percent-encoded once, <c>$</c> keys literal: <c>$filter=Id%20eq%20114&amp;$top=10</c>.</summary>
    public string ToQueryString() => ODataQueryString.Join(
        ("$filter", EncodedFilter),
        ("$expand", EncodedExpand),
        ("$select", EncodedSelect),
        ("$orderby", EncodedOrderBy),
        ("$top", TopCount?.ToString(CultureInfo.InvariantCulture)),
        ("$skip", SkipCount?.ToString(CultureInfo.InvariantCulture)),
        ("$count", CountOption));

    // Each option's value percent-encoded, null when the option is not sent: what the client passes to its Refit interface.
    internal string? EncodedFilter => _filter?.EncodedExpression;

    internal string? EncodedExpand => _expand?.EncodedExpand;

    internal string? EncodedSelect => _expand?.EncodedSelect;

    internal string? EncodedOrderBy => ODataQueryString.EncodeList(_orderBy);

    internal string? CountOption => IsCountRequested ? "true" : null;

    /// <inheritdoc/>
    public override string ToString() => string.Join("&", Options().Select(o => $"{o.Key}={o.Value}"));

    private ODataQuery<T> AddOrder(Expression<Func<T, object?>> property, string direction)
    {
        ArgumentNullException.ThrowIfNull(property);
        (_orderBy ??= []).Add(ODataExpressionTranslator.PathOf(property.Body, property.Parameters[0]) + direction);
        return this;
    }
}
