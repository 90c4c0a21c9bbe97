using Refit;

namespace Leads.Sdk.Aimbase.OData.Internal;

/// <summary>
/// The Aimbase Lead OData V2 endpoints (doc: "Endpoint for GET", "Endpoint for PATCH", "Sample Queries"). Query option
/// values arrive percent-encoded by the SDK (<see cref="Query.ODataUriEncoding"/>) and are marked <see cref="EncodedAttribute"/>
/// so Refit sends them, and their <c>$</c> keys, as they are: <c>$filter=Id%20eq%20114</c> as the doc writes it, not
/// <c>%24filter=Id%2520eq%2520114</c>. A null option is left out. The server's next links are absolute URLs that Refit
/// cannot send; <see cref="AimbaseODataClient"/> sends those itself (docs/decisions.md, "OData: Refit").
/// </summary>
internal interface IAimbaseODataApi
{
    /// <summary>The leads collection: the first page of a listing, or the count alone (<c>$top=0&amp;$count=true</c>).</summary>
    [Get("/odata/V2/Leads")]
    [Headers("Accept: application/json")]
    Task<HttpResponseMessage> GetLeadsAsync(
        [Query, Encoded, AliasAs("$filter")] string? filter,
        [Query, Encoded, AliasAs("$expand")] string? expand,
        [Query, Encoded, AliasAs("$select")] string? select,
        [Query, Encoded, AliasAs("$orderby")] string? orderBy,
        [Query, Encoded, AliasAs("$top")] int? top,
        [Query, Encoded, AliasAs("$skip")] int? skip,
        [Query, Encoded, AliasAs("$count")] string? count,
        [Header("Prefer")] string? prefer,
        [Header("Authenticate")] string authenticate,
        CancellationToken cancellationToken);

    /// <summary>One lead by its ID, optionally expanded.</summary>
    [Get("/odata/V2/Leads({id})")]
    [Headers("Accept: application/json")]
    Task<HttpResponseMessage> GetLeadAsync(
        int id,
        [Query, Encoded, AliasAs("$expand")] string? expand,
        [Query, Encoded, AliasAs("$select")] string? select,
        [Header("Authenticate")] string authenticate,
        CancellationToken cancellationToken);

    /// <summary>Updates the fields of one lead that the body names.</summary>
    [Patch("/odata/V2/Leads({id})")]
    Task<HttpResponseMessage> UpdateLeadAsync(
        int id,
        [Body] HttpContent patch,
        [Header("Authenticate")] string authenticate,
        CancellationToken cancellationToken);
}
