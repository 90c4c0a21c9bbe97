namespace Leads.Sdk.Aimbase.OData.Query;

/// <summary>Joins query options into a query string, encoding each value once and keeping the <c>$</c> keys literal.</summary>
internal static class ODataQueryString
{
    public static string Build(IEnumerable<KeyValuePair<string, string>> options)
        => string.Join("&", options.Select(o => o.Key + "=" + ODataUriEncoding.Encode(o.Value)));
}
