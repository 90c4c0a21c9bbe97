using Refit;

namespace Leads.Sdk.Aimbase.Internal;

/// <summary>
/// The Aimbase Lead API's HTTP surface. Bodies are prebuilt <see cref="HttpContent"/> (JSON from the source-generated
/// context, XML from <c>XmlWriter</c>) because Refit has one serializer per client and its XML one uses reflection.
/// </summary>
internal interface IAimbaseLeadApi
{
    [Post("/marketing/api/lead")]
    Task<HttpResponseMessage> CreateLeadsAsync(
        [Query] string manufacturer,
        [Body] HttpContent body,
        [Header("Accept")] string accept,
        [Header("Authenticate")] string authenticate,
        CancellationToken cancellationToken);
}
