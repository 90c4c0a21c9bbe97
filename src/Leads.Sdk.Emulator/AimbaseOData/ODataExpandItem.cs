namespace Leads.Sdk.Emulator.AimbaseOData;

/// <summary>One parsed <c>$expand</c> item with its nested <c>$expand</c> and <c>$select</c>.</summary>
internal sealed record ODataExpandItem(string Name, IReadOnlyList<ODataExpandItem> Expand, IReadOnlyList<string>? Select)
{
    /// <summary>Parses <c>Prospect($expand=Company),Product($expand=Brand,ProductCategory;$select=Name)</c>.</summary>
    public static IReadOnlyList<ODataExpandItem> ParseList(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        return [.. SplitTopLevel(text, ',').Select(Parse)];
    }

    public static IReadOnlyList<string>? ParseSelect(string? text)
        => string.IsNullOrWhiteSpace(text) ? null : [.. text.Split(',').Select(s => s.Trim())];

    private static ODataExpandItem Parse(string item)
    {
        item = item.Trim();
        var open = item.IndexOf('(', StringComparison.Ordinal);
        if (open < 0)
        {
            return new ODataExpandItem(item, [], null);
        }

        if (!item.EndsWith(')'))
        {
            throw new ODataQueryException($"Malformed $expand item '{item}'.");
        }

        IReadOnlyList<ODataExpandItem> expand = [];
        IReadOnlyList<string>? select = null;
        foreach (var option in SplitTopLevel(item[(open + 1)..^1], ';'))
        {
            var equals = option.IndexOf('=', StringComparison.Ordinal);
            var (key, value) = equals < 0 ? (option, string.Empty) : (option[..equals].Trim(), option[(equals + 1)..]);
            switch (key)
            {
                case "$expand":
                    expand = ParseList(value);
                    break;
                case "$select":
                    select = ParseSelect(value);
                    break;
                default:
                    throw new ODataQueryException($"The nested option '{key}' is not supported in $expand.");
            }
        }

        return new ODataExpandItem(item[..open].Trim(), expand, select);
    }

    private static List<string> SplitTopLevel(string text, char separator)
    {
        var parts = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '(':
                    depth++;
                    break;
                case ')':
                    depth--;
                    break;
                default:
                    if (text[i] == separator && depth == 0)
                    {
                        parts.Add(text[start..i]);
                        start = i + 1;
                    }

                    break;
            }
        }

        parts.Add(text[start..]);
        return parts;
    }
}
