using System.Linq.Expressions;

namespace Leads.Sdk.Aimbase.OData.Query;

/// <summary>
/// What to expand and select on an entity: <c>$expand</c> (nested, for example <c>Prospect($expand=Company)</c>)
/// and <c>$select</c>, with property names taken from the model.
/// </summary>
/// <typeparam name="T">The entity model.</typeparam>
public sealed class ODataExpand<T>
{
    // Created on first use: most queries expand nothing.
    private List<string>? _expand;
    private List<string>? _select;

    /// <summary>Expands a navigation property, optionally with its own expand and select: <c>Expand(l =&gt; l.Product, p =&gt; p.Expand(x =&gt; x.Brand))</c>.</summary>
    /// <typeparam name="TProperty">The related model.</typeparam>
    /// <param name="navigation">The navigation property.</param>
    /// <param name="nested">Configures the nested options.</param>
    public ODataExpand<T> Expand<TProperty>(Expression<Func<T, TProperty?>> navigation, Action<ODataExpand<TProperty>>? nested = null)
        where TProperty : class
    {
        ArgumentNullException.ThrowIfNull(navigation);
        var name = ODataExpressionTranslator.PathOf(navigation.Body, navigation.Parameters[0]);
        var options = new ODataExpand<TProperty>();
        nested?.Invoke(options);
        var inner = options.ToOptions(";");
        (_expand ??= []).Add(inner.Length == 0 ? name : $"{name}({inner})");
        return this;
    }

    /// <summary>Selects only these properties (navigation properties that are expanded are still returned).</summary>
    /// <param name="properties">The properties, for example <c>l =&gt; l.Id, l =&gt; l.LeadDate</c>.</param>
    public ODataExpand<T> Select(params Expression<Func<T, object?>>[] properties)
    {
        ArgumentNullException.ThrowIfNull(properties);
        foreach (var property in properties)
        {
            (_select ??= []).Add(ODataExpressionTranslator.PathOf(property.Body, property.Parameters[0]));
        }

        return this;
    }

    internal IEnumerable<KeyValuePair<string, string>> Options()
    {
        if (_expand is { Count: > 0 })
        {
            yield return new("$expand", string.Join(",", _expand));
        }

        if (_select is { Count: > 0 })
        {
            yield return new("$select", string.Join(",", _select));
        }
    }

    /// <summary>The <c>$expand</c> value percent-encoded; null when nothing is expanded.</summary>
    internal string? EncodedExpand => ODataQueryString.EncodeList(_expand);

    /// <summary>The <c>$select</c> value percent-encoded; null when nothing is selected.</summary>
    internal string? EncodedSelect => ODataQueryString.EncodeList(_select);

    internal string ToOptions(string separator) => string.Join(separator, Options().Select(o => $"{o.Key}={o.Value}"));

    /// <summary>The options as they appear in a query, not yet percent-encoded, for example <c>$expand=Prospect($expand=Company)</c>.</summary>
    public override string ToString() => ToOptions("&");
}
