namespace Leads.Sdk.Aimbase.OData.Query;

/// <summary>Joins query options into a query string, encoding each value once and keeping the <c>$</c> keys literal.</summary>
internal static class ODataQueryString
{
    public static string Build(IEnumerable<KeyValuePair<string, string>> options)
    {
        var builder = new ODataTextBuilder(128);
        try
        {
            foreach (var option in options)
            {
                StartOption(ref builder, option.Key);
                ODataUriEncoding.Encode(ref builder, option.Value);
            }

            return builder.ToStringAndRelease();
        }
        finally
        {
            builder.Release();
        }
    }

    /// <summary>Writes <c>&amp;key=</c> (no <c>&amp;</c> before the first option); the caller appends the encoded value.</summary>
    public static void StartOption(ref ODataTextBuilder builder, string key)
    {
        if (builder.Length > 0)
        {
            builder.Append('&');
        }

        builder.Append(key);
        builder.Append('=');
    }

    /// <summary>Writes <c>&amp;key=</c> and the items encoded, separated by <c>,</c> (kept as it is by the encoding).</summary>
    public static void AppendList(ref ODataTextBuilder builder, string key, List<string>? items)
    {
        if (items is null || items.Count == 0)
        {
            return;
        }

        StartOption(ref builder, key);
        for (var i = 0; i < items.Count; i++)
        {
            if (i > 0)
            {
                builder.Append(',');
            }

            ODataUriEncoding.Encode(ref builder, items[i]);
        }
    }
}
