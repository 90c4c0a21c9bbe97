using Leads.Sdk.Http;
using Refit;
using RichardSzalay.MockHttp;

namespace Leads.Sdk.Aimbase.OData.Tests.Query;

/// <summary>
/// Why the client builds OData URLs itself: this pins what Refit does to an OData query, so the decision is
/// revisited if Refit's behaviour changes.
/// </summary>
public sealed class RefitQueryEncodingTests
{
    public interface IRefitLeadsProbe
    {
        [Get("/odata/V2/Leads")]
        Task<HttpResponseMessage> ListAsync([AliasAs("$filter")] string filter, CancellationToken cancellationToken);
    }

    [Fact]
    public async Task Refit_DollarQueryKey_IsPercentEncoded()
    {
        using var mock = new MockHttpMessageHandler();
        string? sent = null;
        mock.When("*").Respond(request =>
        {
            sent = request.RequestUri!.PathAndQuery;
            return new HttpResponseMessage(System.Net.HttpStatusCode.OK);
        });
        using var http = mock.ToHttpClient();
        http.BaseAddress = new Uri(TestClient.Base);

        using var _ = await LeadsRefit.Create<IRefitLeadsProbe>(http, new LeadsApiDescriptor("Probe")).ListAsync("LastName eq 'O''Neil'", TestContext.Current.CancellationToken);

        Assert.StartsWith("/odata/V2/Leads?%24filter=", sent, StringComparison.Ordinal);
    }
}
