using System.Globalization;
using System.Text;

namespace Leads.Sdk.Validation;

/// <summary>
/// Where a value sits in the input, built segment by segment (immutable) and turned into text only when an error is
/// reported.
/// </summary>
internal sealed class ValidationPath
{
    private readonly ValidationPath? _parent;
    private readonly string? _property;
    private readonly int _index;

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
