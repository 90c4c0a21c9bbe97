namespace Leads.Sdk.Aimbase.OData.Models;

/// <summary>
/// A value that is either unset (left out of a PATCH) or set, possibly to <see langword="null"/> (sent as JSON null).
/// Assign the value directly: <c>patch.Medium = "Web";</c> or <c>patch.Medium = null;</c>.
/// </summary>
/// <typeparam name="T">The value type.</typeparam>
public readonly struct ODataPatchField<T> : IEquatable<ODataPatchField<T>>
{
    private readonly T _value;

    /// <summary>A set value.</summary>
    /// <param name="value">The value; may be <see langword="null"/>.</param>
    public ODataPatchField(T value)
    {
        _value = value;
        IsSet = true;
    }

    /// <summary>Whether a value was set (even <see langword="null"/>).</summary>
    public bool IsSet { get; }

    /// <summary>The value.</summary>
    /// <exception cref="InvalidOperationException">The value is unset.</exception>
    public T Value => IsSet ? _value : throw new InvalidOperationException("The value is not set.");

    /// <summary>A set value.</summary>
    /// <param name="value">The value.</param>
    public static implicit operator ODataPatchField<T>(T value) => new(value);

    /// <summary>Equality of set state and value.</summary>
    /// <param name="left">The left value.</param>
    /// <param name="right">The right value.</param>
    public static bool operator ==(ODataPatchField<T> left, ODataPatchField<T> right) => left.Equals(right);

    /// <summary>Inequality of set state or value.</summary>
    /// <param name="left">The left value.</param>
    /// <param name="right">The right value.</param>
    public static bool operator !=(ODataPatchField<T> left, ODataPatchField<T> right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(ODataPatchField<T> other) => IsSet == other.IsSet && EqualityComparer<T>.Default.Equals(_value, other._value);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ODataPatchField<T> other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => IsSet ? HashCode.Combine(true, _value) : 0;

    /// <inheritdoc/>
    public override string ToString() => IsSet ? _value?.ToString() ?? "null" : "(unset)";
}
