using System.Runtime.CompilerServices;
using System.Text.Json.Serialization.Metadata;
using Leads.Sdk.Aimbase.OData.Paging;
using Leads.Sdk.Aimbase.OData.Query;
using Leads.Sdk.Aimbase.OData.Serialization;
using Leads.Sdk.Http;

namespace Leads.Sdk.Aimbase.OData.Internal;

/// <summary>Pages that follow the server's next links, one request per page as the caller asks for it.</summary>
internal sealed class LinkPageable<T>(
    AimbaseODataClient client, ODataQuery<T>? query, JsonTypeInfo<ODataCollectionResponse<T>> typeInfo, CancellationToken cancellationToken)
    : ODataPageable<T>
{
    public override IAsyncEnumerable<ODataPage<T>> AsPages(string? continuationLink = null, int? pageSizeHint = null)
    {
        var start = continuationLink is null ? null : client.ResolveContinuation(continuationLink);
        return PagesAsync(start, continuationLink is null ? query?.TopCount : null, pageSizeHint);
    }

    // start is null for the query's first page. The first page is always requested, even for $top=0: with
    // $count=true its answer carries the count.
    private async IAsyncEnumerable<ODataPage<T>> PagesAsync(Uri? start, int? remaining, int? pageSizeHint, [EnumeratorCancellation] CancellationToken enumerationToken = default)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, enumerationToken);
        var visited = new HashSet<string>(StringComparer.Ordinal);
        if (start is not null)
        {
            visited.Add(start.AbsoluteUri);
        }

        var link = start;
        while (true)
        {
            ODataPage<T> page;
            try
            {
                page = await client.GetPageAsync(link, query, pageSizeHint, visited, typeInfo, linked.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException exception) when (cancellationToken.IsCancellationRequested || enumerationToken.IsCancellationRequested)
            {
                // Requests observe the linked token; the caller matches on the token it cancelled.
                throw LeadsCancellation.ForCaller(exception, cancellationToken.IsCancellationRequested ? cancellationToken : enumerationToken);
            }

            // $top is a total across pages: a server that keeps linking past it is not followed further.
            if (remaining is { } left)
            {
                remaining = left - page.Values.Count;
                if (page.Values.Count > left)
                {
                    page = new ODataPage<T>([.. page.Values.Take(left)], null, page.Count) { RawResponse = page.RawResponse };
                }
            }

            var last = page.ContinuationLink is null || remaining is <= 0;
            yield return page;
            if (last)
            {
                yield break;
            }

            link = new Uri(page.ContinuationLink!);
        }
    }
}
