using System.Collections;
using System.Globalization;
using System.Runtime.InteropServices;

namespace Leads.Sdk.LeadExec.Models;

/// <summary>
/// A lead's dynamic fields (the names come from your account's post documentation), in the order they are sent.
/// Values are text on the wire; the typed <c>Set</c> overloads format numbers, booleans and dates one way
/// (invariant culture, <c>true</c>/<c>false</c>, US dates <c>M/d/yyyy</c> and <c>M/d/yyyy h:mm tt</c>, as the doc's
/// <c>callDate</c> example) so every encoding carries the same text.
/// </summary>
public sealed class LeadExecFieldCollection : IReadOnlyList<KeyValuePair<string, string>>
{
    /// <summary>The format of date-times in fields: the doc's <c>callDate</c> example <c>11/13/2020 12:15 PM</c>.</summary>
    public const string DateTimeFormat = "M/d/yyyy h:mm tt";

    /// <summary>The format of dates in fields: <c>11/13/2020</c>.</summary>
    public const string DateFormat = "M/d/yyyy";

    private readonly List<KeyValuePair<string, string>> _fields = [];

    // The names present, so an Add or Set of a new name does not scan the fields.
    private readonly HashSet<string> _names = new(StringComparer.OrdinalIgnoreCase);

    /// <inheritdoc/>
    public int Count => _fields.Count;

    /// <inheritdoc/>
    public KeyValuePair<string, string> this[int index] => _fields[index];

    /// <summary>The value of a field (names compare case-insensitively), or <see langword="null"/>.</summary>
    /// <param name="name">The field name.</param>
    public string? this[string name] => IndexOf(name) is var i and >= 0 ? _fields[i].Value : null;

    /// <summary>Adds a field; a second field with the same name (case-insensitive) is an error, so nothing is silently replaced.</summary>
    /// <param name="name">The field name, for example <c>FirstName</c>.</param>
    /// <param name="value">The value as sent.</param>
    /// <exception cref="ArgumentException">The name is empty or already present.</exception>
    public void Add(string name, string value)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(value);
        if (IndexOf(name) >= 0)
        {
            throw new ArgumentException($"The field '{name}' is already present; use Set to replace it.", nameof(name));
        }

        Append(name, value);
    }

    /// <summary>Sets a field's text, replacing an existing value in place (keeping its position) or appending it.</summary>
    /// <param name="name">The field name.</param>
    /// <param name="value">The value as sent.</param>
    /// <returns>This collection, for chaining.</returns>
    public LeadExecFieldCollection Set(string name, string value)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(value);
        var index = IndexOf(name);
        if (index >= 0)
        {
            _fields[index] = new(_fields[index].Key, value);
        }
        else
        {
            Append(name, value);
        }

        return this;
    }

    /// <summary>Sets a whole number (invariant culture, for example <c>1500</c>).</summary>
    /// <param name="name">The field name.</param>
    /// <param name="value">The number.</param>
    /// <returns>This collection.</returns>
    public LeadExecFieldCollection Set(string name, long value) => Set(name, value.ToString(CultureInfo.InvariantCulture));

    /// <summary>Sets a decimal number (invariant culture, <c>.</c> as separator, for example <c>25.5</c>).</summary>
    /// <param name="name">The field name.</param>
    /// <param name="value">The number.</param>
    /// <returns>This collection.</returns>
    public LeadExecFieldCollection Set(string name, decimal value) => Set(name, value.ToString(CultureInfo.InvariantCulture));

    /// <summary>Sets a boolean as <c>true</c> or <c>false</c>.</summary>
    /// <param name="name">The field name.</param>
    /// <param name="value">The flag.</param>
    /// <returns>This collection.</returns>
    public LeadExecFieldCollection Set(string name, bool value) => Set(name, value ? "true" : "false");

    /// <summary>Sets a date and time as <see cref="DateTimeFormat"/> (<c>11/13/2020 12:15 PM</c>); the value is sent as given, without zone conversion.</summary>
    /// <param name="name">The field name.</param>
    /// <param name="value">The date and time.</param>
    /// <returns>This collection.</returns>
    public LeadExecFieldCollection Set(string name, DateTime value) => Set(name, value.ToString(DateTimeFormat, CultureInfo.InvariantCulture));

    /// <summary>Sets a date as <see cref="DateFormat"/> (<c>11/13/2020</c>).</summary>
    /// <param name="name">The field name.</param>
    /// <param name="value">The date.</param>
    /// <returns>This collection.</returns>
    public LeadExecFieldCollection Set(string name, DateOnly value) => Set(name, value.ToString(DateFormat, CultureInfo.InvariantCulture));

    /// <summary>Removes a field.</summary>
    /// <param name="name">The field name.</param>
    /// <returns>Whether it was present.</returns>
    public bool Remove(string name)
    {
        var index = IndexOf(name);
        if (index < 0)
        {
            return false;
        }

        _fields.RemoveAt(index);
        _names.Remove(name);
        return true;
    }

    /// <inheritdoc/>
    public IEnumerator<KeyValuePair<string, string>> GetEnumerator() => _fields.GetEnumerator();

    /// <inheritdoc/>
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>The fields in wire order, for the SDK's writers and validators (no enumerator allocation).</summary>
    internal ReadOnlySpan<KeyValuePair<string, string>> AsSpan() => CollectionsMarshal.AsSpan(_fields);

    private void Append(string name, string value)
    {
        _fields.Add(new(name, value));
        _names.Add(name);
    }

    private int IndexOf(string name)
    {
        if (!_names.Contains(name))
        {
            return -1;
        }

        var fields = AsSpan();
        for (var i = 0; i < fields.Length; i++)
        {
            if (string.Equals(fields[i].Key, name, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }
}
