using System.Text;

namespace Leads.Sdk.Aimbase.OData.Query;

/// <summary>Query option values percent-encoded once (<see cref="ODataUriEncoding"/>), and their join with the <c>$</c> keys literal.</summary>
internal static class ODataQueryString
{
    /// <summary>The items encoded and separated by <c>,</c> (kept as it is by the encoding); null when there are none.</summary>
    public static string? EncodeList(List<string>? items)
        => items is { Count: > 0 } ? string.Join(',', items.Select(ODataUriEncoding.Encode)) : null;

    /// <summary><c>key=value</c> pairs joined with <c>&amp;</c>, in the order given; an option whose value is null is left out.</summary>
    public static string Join(params ReadOnlySpan<(string Key, string? EncodedValue)> options)
    {
        var builder = new StringBuilder();
        foreach (var (key, value) in options)
        {
            if (value is null)
            {
                continue;
            }

            if (builder.Length > 0)
            {
                builder.Append('&');
            }

            builder.Append(key).Append('=').Append(value);
        }

        return builder.ToString();
    }
}
