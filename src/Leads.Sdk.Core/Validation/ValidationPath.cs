using System.Globalization;
using System.Text;

namespace Leads.Sdk.Validation;

/// <summary>
/// Where a value sits in the input, built segment by segment and turned into text only when an error is reported,
/// so that validating valid input allocates almost nothing.
/// </summary>
/// <remarks>
/// A path passed to <see cref="IValidator{T}.Validate"/> describes the value being validated during that call only:
/// collection rules move one element path along the collection rather than allocating one per element. Turn it into
/// text (<see cref="ToString"/>, <see cref="Describe"/>) to keep it.
/// </remarks>
public sealed class ValidationPath
{
    private readonly ValidationPath? _parent;
    private readonly string? _property;

    // Mutable only for element paths made by Element(): collection rules move them from one element to the next.
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
    /// The path of element <paramref name="index"/> of the collection property <paramref name="property"/> below this one,
    /// as one segment whose index <see cref="MoveTo"/> changes, so walking a collection allocates one path, not one per element.
    /// </summary>
    internal ValidationPath Element(string property, int index) => new(this, property, index);

    /// <summary>Whether this is a property path made by <see cref="Property"/> directly below <paramref name="parent"/>.</summary>
    internal bool IsPropertyOf(ValidationPath parent) => ReferenceEquals(_parent, parent) && _index < 0;

    /// <summary>Points an element path made by <see cref="Element"/> at another index.</summary>
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
