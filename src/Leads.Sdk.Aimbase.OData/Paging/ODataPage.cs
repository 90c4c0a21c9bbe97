namespace Leads.Sdk.Aimbase.OData.Paging;

/// <summary>One page of results.</summary>
/// <typeparam name="T">The item type.</typeparam>
public sealed class ODataPage<T>
{
    /// <summary>Creates a page (for tests and fakes).</summary>
    /// <param name="values">The items.</param>
    /// <param name="continuationLink">The absolute link to the next page, or <see langword="null"/> on the last page.</param>
    /// <param name="count">The total count the server reported (<c>@odata.count</c>), if asked for.</param>
    public ODataPage(IReadOnlyList<T> values, string? continuationLink, long? count)
    {
        Values = values ?? throw new ArgumentNullException(nameof(values));
        ContinuationLink = continuationLink;
        Count = count;
    }

    /// <summary>The items on this page.</summary>
    public IReadOnlyList<T> Values { get; }

    /// <summary>The absolute link to the next page (<c>@odata.nextLink</c>), or <see langword="null"/> on the last page. Pass it to <see cref="ODataPageable{T}.AsPages"/> to resume.</summary>
    public string? ContinuationLink { get; }

    /// <summary>The HTTP response this page came from (status, headers, request id); <see langword="null"/> for a page you built yourself.</summary>
    public LeadsResponse? RawResponse { get; init; }

    /// <summary>The total number of matching items (<c>@odata.count</c>) when the query asked for it with <c>WithCount()</c> (also with <c>Top(0)</c>: a page of no items that carries the count).</summary>
    public long? Count { get; }
}
