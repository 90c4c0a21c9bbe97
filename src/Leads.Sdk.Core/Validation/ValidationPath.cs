using System.Globalization;
using System.Text;

namespace Leads.Sdk.Validation;

/// <summary>
/// Where a value sits in the input, built segment by segment and turned into text only when an error is reported,
/// so that validating valid input allocates almost nothing.
/// </summary>
/// <remarks>
/// A path passed to <see cref="IValidator{T}.Validate"/> describes the value being validated during that call only:
/// collection rules move one element path along the collection rather than allocating one per element, and reuse it
/// for the next collection. Turn it into text (<see cref="ToString"/>, <see cref="Describe"/>) to keep it.
/// </remarks>
internal sealed class ValidationPath
{
    // One element path per thread, kept between calls: collection rules take it for the length of one collection and give
    // it back, so validating a batch does not allocate a path per collection. Only element paths are ever reused.
    [ThreadStatic]
    private static ValidationPath? t_spareElement;

    // Mutable only for element paths made by RentElement(): collection rules move them from one element to the next and
    // reuse them for the next collection.
    private ValidationPath? _parent;
    private string? _property;
    private int _index;

    private ValidationPath(ValidationPath? parent, string? property, int index)
    {
        _parent = parent;
        _property = property;
        _index = index;
    }

    /// <summary>The empty path of the object being validated.</summary>
    public static ValidationPath Root { get; } = new(null, null, -1);

    /// <summary>A path rooted at a named value, for example <c>Leads</c>.</summary>
    /// <param name="name">The root name.</param>
    public static ValidationPath Named(string name) => new(null, name, -1);

    /// <summary>The path of a property below this one.</summary>
    /// <param name="name">The property name.</param>
    public ValidationPath Property(string name) => new(this, name, -1);

    /// <summary>The path of a collection element below this one.</summary>
    /// <param name="index">The element's zero-based index.</param>
    public ValidationPath Index(int index) => new(this, null, index);

    /// <summary>
    /// The path of element <paramref name="index"/> of the collection property <paramref name="property"/> below
    /// <paramref name="parent"/>, as one segment whose index <see cref="MoveTo"/> changes, so walking a collection allocates
    /// no path per element. Give it back with <see cref="ReturnElement"/> when the collection is done, and keep no reference.
    /// </summary>
    internal static ValidationPath RentElement(ValidationPath parent, string property, int index)
    {
        var path = t_spareElement;
        if (path is null)
        {
            return new ValidationPath(parent, property, index);
        }

        t_spareElement = null;
        path._parent = parent;
        path._property = property;
        path._index = index;
        return path;
    }

    /// <summary>Gives back a path from <see cref="RentElement"/> for the next collection on this thread.</summary>
    internal static void ReturnElement(ValidationPath path) => t_spareElement = path;

    /// <summary>Whether this is a property path made by <see cref="Property"/> directly below <paramref name="parent"/>.</summary>
    internal bool IsPropertyOf(ValidationPath parent) => ReferenceEquals(_parent, parent) && _index < 0;

    /// <summary>Points an element path made by <see cref="RentElement"/> at another index.</summary>
    internal void MoveTo(int index) => _index = index;

    /// <summary>The path text of a property below this one, without creating a segment.</summary>
    /// <param name="name">The property name.</param>
    public string Describe(string name)
    {
        var prefix = ToString();
        return prefix.Length == 0 ? name : prefix + "." + name;
    }

    /// <inheritdoc/>
    public override string ToString()
    {
        if (_parent is null)
        {
            return _property ?? string.Empty;
        }

        var builder = new StringBuilder();
        Append(builder);
        return builder.ToString();
    }

    private void Append(StringBuilder builder)
    {
        _parent?.Append(builder);
        if (_property is not null)
        {
            if (builder.Length > 0)
            {
                builder.Append('.');
            }

            builder.Append(_property);
        }

        if (_index >= 0)
        {
            builder.Append('[').Append(_index.ToString(CultureInfo.InvariantCulture)).Append(']');
        }
    }
}
