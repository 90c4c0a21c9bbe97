namespace Leads.Sdk.Aimbase.OData.Paging;

/// <summary>
/// The items of a query, fetched one page at a time as they are enumerated (never all pages up front), following
/// the server's next links. <see cref="AsPages"/> gives the pages with their continuation links.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
public abstract class ODataPageable<T> : IAsyncEnumerable<T>
{
    /// <summary>For fakes and mocks.</summary>
    protected ODataPageable()
    {
    }

    /// <summary>The pages, starting at the query's first page or at <paramref name="continuationLink"/>.</summary>
    /// <param name="continuationLink">A <see cref="ODataPage{T}.ContinuationLink"/> from an earlier enumeration, to resume there.</param>
    /// <param name="pageSizeHint">Asks the server for pages of at most this many items (<c>Prefer: odata.maxpagesize</c>); the server may send fewer.</param>
    public abstract IAsyncEnumerable<ODataPage<T>> AsPages(string? continuationLink = null, int? pageSizeHint = null);

    /// <inheritdoc/>
    public async IAsyncEnumerator<T> GetAsyncEnumerator(CancellationToken cancellationToken = default)
    {
        await foreach (var page in AsPages().WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            foreach (var item in page.Values)
            {
                yield return item;
            }
        }
    }
}
