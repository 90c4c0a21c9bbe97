namespace Leads.Sdk;

/// <summary>Checks for values that go into headers, query strings or forms.</summary>
internal static class HeaderValues
{
    /// <summary>Whether <paramref name="value"/> holds CR, LF or another control character.</summary>
    /// <param name="value">The value; null has none.</param>
    public static bool HasControlCharacters(string? value)
    {
        if (value is null)
        {
            return false;
        }

        foreach (var c in value)
        {
            if (char.IsControl(c))
            {
                return true;
            }
        }

        return false;
    }
}
