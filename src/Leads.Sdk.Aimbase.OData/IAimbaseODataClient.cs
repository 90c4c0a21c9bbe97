using Leads.Sdk.Aimbase.OData.Models;
using Leads.Sdk.Aimbase.OData.Paging;
using Leads.Sdk.Aimbase.OData.Query;

namespace Leads.Sdk.Aimbase.OData;

/// <summary>The Aimbase Lead OData V2 API (<c>/odata/V2/Leads</c>): get, count, query and page, and update leads.</summary>
public interface IAimbaseODataClient
{
    /// <summary>Gets one lead: <c>GET /odata/V2/Leads({id})</c>.</summary>
    /// <param name="id">The lead's Aimbase ID.</param>
    /// <param name="expand">What to expand and select, for example <c>new ODataExpand&lt;AimbaseODataLead&gt;().Expand(l =&gt; l.Prospect, p =&gt; p.Expand(x =&gt; x.Company))</c>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The lead, with the HTTP response it came from in <see cref="AimbaseODataLead.RawResponse"/>.</returns>
    /// <exception cref="LeadsNotFoundException">No lead has this ID.</exception>
    Task<AimbaseODataLead> GetLeadAsync(int id, ODataExpand<AimbaseODataLead>? expand = null, CancellationToken cancellationToken = default);

    /// <summary>Queries leads: <c>GET /odata/V2/Leads?$filter=…</c>, following next links page by page as you enumerate.</summary>
    /// <param name="query">The query; all leads when omitted.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The leads, page by page; each <see cref="ODataPage{T}"/> has the HTTP response it came from.</returns>
    ODataPageable<AimbaseODataLead> ListLeadsAsync(ODataQuery<AimbaseODataLead>? query = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Counts the leads matching <paramref name="filter"/> without reading them:
    /// <c>GET /odata/V2/Leads?$filter=…&amp;$top=0&amp;$count=true</c>.
    /// </summary>
    /// <param name="filter">Which leads to count, for example <c>ODataFilter.FromExpression&lt;AimbaseODataLead&gt;(l =&gt; l.IsQualified == true)</c>; all leads when omitted.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The count and the HTTP response it came from.</returns>
    /// <exception cref="LeadsUnreadableResponseException">The answer carries no count.</exception>
    Task<AimbaseODataCountLeadsResult> CountLeadsAsync(ODataFilter? filter = null, CancellationToken cancellationToken = default);

    /// <summary>Updates the fields set on <paramref name="patch"/>: <c>PATCH /odata/V2/Leads({id})</c>.</summary>
    /// <param name="id">The lead's Aimbase ID.</param>
    /// <param name="patch">The changes; only set fields are sent.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="LeadsValidationException">The patch is empty or invalid; nothing was sent.</exception>
    /// <exception cref="LeadsNotFoundException">No lead has this ID.</exception>
    /// <returns>The HTTP response of the update (status, headers, request id): the API answers 204 with no body.</returns>
    Task<LeadsResponse> UpdateLeadAsync(int id, AimbaseODataLeadPatch patch, CancellationToken cancellationToken = default);
}
