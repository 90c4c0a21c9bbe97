using Leads.Sdk.Aimbase.OData.Models;
using Leads.Sdk.Aimbase.OData.Paging;
using Leads.Sdk.Aimbase.OData.Query;

namespace Leads.Sdk.Aimbase.OData;

/// <summary>The Aimbase Lead OData V2 API (<c>/odata/V2/Leads</c>): get, query and page, and update leads.</summary>
public interface IAimbaseODataClient
{
    /// <summary>Gets one lead: <c>GET /odata/V2/Leads({id})</c>.</summary>
    /// <param name="id">The lead's Aimbase ID.</param>
    /// <param name="expand">What to expand and select, for example <c>new ODataExpand&lt;Lead&gt;().Expand(l =&gt; l.Prospect, p =&gt; p.Expand(x =&gt; x.Company))</c>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="LeadsNotFoundException">No lead has this ID.</exception>
    Task<Lead> GetLeadAsync(int id, ODataExpand<Lead>? expand = null, CancellationToken cancellationToken = default);

    /// <summary>Queries leads: <c>GET /odata/V2/Leads?$filter=…</c>, following next links page by page as you enumerate.</summary>
    /// <param name="query">The query; all leads when omitted.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    ODataPageable<Lead> ListLeadsAsync(ODataQuery<Lead>? query = null, CancellationToken cancellationToken = default);

    /// <summary>Updates the fields set on <paramref name="patch"/>: <c>PATCH /odata/V2/Leads({id})</c>.</summary>
    /// <param name="id">The lead's Aimbase ID.</param>
    /// <param name="patch">The changes; only set fields are sent.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="LeadsValidationException">The patch is empty or invalid; nothing was sent.</exception>
    /// <exception cref="LeadsNotFoundException">No lead has this ID.</exception>
    Task UpdateLeadAsync(int id, LeadPatch patch, CancellationToken cancellationToken = default);
}
