namespace Leads.Sdk.Aimbase.OData.Models;

/// <summary>The answer of <c>CountLeadsAsync</c>: how many leads match, without reading any of them.</summary>
public sealed class AimbaseODataCountLeadsResult
{
    /// <summary>The number of leads matching the filter (<c>@odata.count</c>).</summary>
    public long Count { get; init; }

    /// <summary>The HTTP response the count came from (status, headers, request id); <see langword="null"/> for a result you built yourself.</summary>
    public LeadsResponse? RawResponse { get; init; }
}
