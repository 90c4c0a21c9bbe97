using System.Linq.Expressions;

namespace Leads.Sdk.Aimbase.OData.Query;

/// <summary>
/// A property path such as <c>Prospect/LastName</c>, taken from a model's property (no magic strings). Inserted
/// into <see cref="ODataFilter.Create(ref ODataFilterInterpolatedStringHandler)"/> as-is, not as a string literal.
/// </summary>
public readonly record struct ODataPropertyPath
{
    internal ODataPropertyPath(string path) => Path = path;

    /// <summary>The path, segments separated by <c>/</c>.</summary>
    public string Path { get; }

    /// <summary>The path of a property of <typeparamref name="T"/>, for example <c>ODataPropertyPath.Of&lt;AimbaseODataLead&gt;(l =&gt; l.Prospect!.LastName)</c>.</summary>
    /// <typeparam name="T">The model.</typeparam>
    /// <param name="property">The property access.</param>
    public static ODataPropertyPath Of<T>(Expression<Func<T, object?>> property)
    {
        ArgumentNullException.ThrowIfNull(property);
        return new ODataPropertyPath(ODataExpressionTranslator.PathOf(property.Body, property.Parameters[0]));
    }

    /// <inheritdoc/>
    public override string ToString() => Path;
}
