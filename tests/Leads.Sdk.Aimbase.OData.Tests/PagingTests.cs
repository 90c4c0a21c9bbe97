using System.Net;
using System.Text;
using Leads.Sdk.Aimbase.OData.Models;
using Leads.Sdk.Aimbase.OData.Paging;
using Leads.Sdk.Aimbase.OData.Query;
using RichardSzalay.MockHttp;

namespace Leads.Sdk.Aimbase.OData.Tests;

public sealed class PagingTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("@odata.nextLink", "https://acme.aimbase.com/odata/V2/Leads?$skiptoken={0}")]
    [InlineData("@odata.nextLink", "Leads?$skiptoken={0}")]
    [InlineData("@odata.nextLink", "/odata/V2/Leads?$skiptoken={0}")]
    [InlineData("@nextLink", "https://acme.aimbase.com/odata/V2/Leads?$skiptoken={0}")]
    public async Task ListLeadsAsync_ThreePages_FollowsEveryLinkFormInOrder(string annotation, string linkFormat)
    {
        using var mock = new MockHttpMessageHandler();
        var requested = new List<string>();
        mock.When("*").Respond(request =>
        {
            requested.Add(request.RequestUri!.PathAndQuery);
            var skip = request.RequestUri.Query.Contains("skiptoken=", StringComparison.Ordinal) ? int.Parse(request.RequestUri.Query.Split('=')[^1], System.Globalization.CultureInfo.InvariantCulture) : 0;
            var next = skip < 4 ? string.Format(System.Globalization.CultureInfo.InvariantCulture, linkFormat, skip + 2) : null;
            return Page([skip + 1, skip + 2], annotation, next);
        });

        var ids = new List<int>();
        await foreach (var lead in TestClient.Create(mock).ListLeadsAsync(cancellationToken: Token))
        {
            ids.Add(lead.Id);
        }

        Assert.Equal([1, 2, 3, 4, 5, 6], ids);
        Assert.Equal(["/odata/V2/Leads", "/odata/V2/Leads?$skiptoken=2", "/odata/V2/Leads?$skiptoken=4"], requested);
    }

    [Fact]
    public async Task ListLeadsAsync_EnumeratingFirstPage_RequestsOnlyThatPage()
    {
        using var mock = new MockHttpMessageHandler();
        var request = mock.When("*").Respond(_ => Page([1, 2], "@odata.nextLink", "Leads?$skiptoken=2"));

        await foreach (var lead in TestClient.Create(mock).ListLeadsAsync(cancellationToken: Token))
        {
            break;
        }

        Assert.Equal(1, mock.GetMatchCount(request));
    }

    [Fact]
    public async Task AsPages_ContinuationLink_ResumesAtThatPage()
    {
        using var mock = new MockHttpMessageHandler();
        mock.When(TestClient.Base + "odata/V2/Leads").WithExactQueryString("").Respond(_ => Page([1], "@odata.nextLink", "Leads?$skiptoken=1"));
        mock.When(TestClient.Base + "odata/V2/Leads").WithExactQueryString("$skiptoken=1").Respond(_ => Page([2], "@odata.nextLink", "Leads?$skiptoken=2"));
        mock.When(TestClient.Base + "odata/V2/Leads").WithExactQueryString("$skiptoken=2").Respond(_ => Page([3], "@odata.nextLink", null));
        var client = TestClient.Create(mock);
        string? link = null;
        await foreach (var page in client.ListLeadsAsync(cancellationToken: Token).AsPages())
        {
            link = page.ContinuationLink;
            break;
        }

        var resumed = new List<int>();
        await foreach (var page in client.ListLeadsAsync(cancellationToken: Token).AsPages(link))
        {
            resumed.AddRange(page.Values.Select(l => l.Id));
        }

        Assert.Equal("https://acme.aimbase.com/odata/V2/Leads?$skiptoken=1", link);
        Assert.Equal([2, 3], resumed);
    }

    [Fact]
    public async Task ListLeadsAsync_NextLinkRepeats_ThrowsUnreadableInsteadOfLooping()
    {
        using var mock = new MockHttpMessageHandler();
        mock.When("*").Respond(_ => Page([1], "@odata.nextLink", "Leads?$skiptoken=1"));

        var exception = await Assert.ThrowsAsync<LeadsUnreadableResponseException>(async () =>
        {
            await foreach (var _ in TestClient.Create(mock).ListLeadsAsync(cancellationToken: Token))
            {
            }
        });

        Assert.Contains("loop", exception.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ListLeadsAsync_NextLinkToAnotherHost_IsNotFollowed()
    {
        using var mock = new MockHttpMessageHandler();
        var other = mock.When("https://evil.example/*").Respond(_ => Page([], "@odata.nextLink", null));
        mock.When(TestClient.Base + "*").Respond(_ => Page([1], "@odata.nextLink", "https://evil.example/odata/V2/Leads?$skiptoken=1"));

        await Assert.ThrowsAsync<LeadsUnreadableResponseException>(async () =>
        {
            await foreach (var _ in TestClient.Create(mock).ListLeadsAsync(cancellationToken: Token))
            {
            }
        });

        Assert.Equal(0, mock.GetMatchCount(other));
    }

    [Fact]
    public async Task ListLeadsAsync_TopAcrossPages_StopsAtTop()
    {
        using var mock = new MockHttpMessageHandler();
        var request = mock.When("*").Respond(r => r.RequestUri!.Query.Contains("skiptoken", StringComparison.Ordinal)
            ? Page([3, 4], "@odata.nextLink", "Leads?$top=3&$skiptoken=4")
            : Page([1, 2], "@odata.nextLink", "Leads?$top=3&$skiptoken=2"));

        var ids = new List<int>();
        await foreach (var lead in TestClient.Create(mock).ListLeadsAsync(new ODataQuery<AimbaseODataLead>().Top(3), Token))
        {
            ids.Add(lead.Id);
        }

        Assert.Equal([1, 2, 3], ids);
        Assert.Equal(2, mock.GetMatchCount(request));
    }

    [Fact]
    public async Task AsPages_CountRequested_ExposesODataCount()
    {
        using var mock = new MockHttpMessageHandler();
        mock.When(TestClient.Base + "odata/V2/Leads").WithExactQueryString("$count=true")
            .Respond("application/json", """{"@odata.count":2500,"value":[{"Id":1}]}""");

        await foreach (var page in TestClient.Create(mock).ListLeadsAsync(new ODataQuery<AimbaseODataLead>().WithCount(), Token).AsPages())
        {
            Assert.Equal(2500, page.Count);
        }
    }

    [Fact]
    public async Task AsPages_EachPage_CarriesItsOwnRawResponse()
    {
        using var mock = new MockHttpMessageHandler();
        var served = 0;
        mock.When("*").Respond(_ =>
        {
            served++;
            var response = Page([served], "@odata.nextLink", served == 1 ? "Leads?$skiptoken=1" : null);
            response.Headers.Add("X-Request-Id", $"page-{served}");
            return response;
        });

        var pages = new List<ODataPage<AimbaseODataLead>>();
        await foreach (var page in TestClient.Create(mock).ListLeadsAsync(cancellationToken: Token).AsPages())
        {
            pages.Add(page);
        }

        Assert.Equal(["page-1", "page-2"], pages.Select(p => p.RawResponse!.RequestId));
        Assert.All(pages, p => Assert.Equal(HttpStatusCode.OK, p.RawResponse!.StatusCode));
        Assert.All(pages.SelectMany(p => p.Values), lead => Assert.Null(lead.RawResponse));
    }

    [Fact]
    public async Task ListLeadsAsync_MaxPageSizeOption_SendsPreferHeader()
    {
        using var mock = new MockHttpMessageHandler();
        var request = mock.When("*").WithHeaders("Prefer", "odata.maxpagesize=250").Respond(_ => Page([1], "@odata.nextLink", null));

        await foreach (var _ in TestClient.Create(mock, o => o.MaxPageSize = 250).ListLeadsAsync(cancellationToken: Token))
        {
        }

        Assert.Equal(1, mock.GetMatchCount(request));
    }

    [Fact]
    public async Task AsPages_PageSizeHint_OverridesOption()
    {
        using var mock = new MockHttpMessageHandler();
        var request = mock.When("*").WithHeaders("Prefer", "odata.maxpagesize=10").Respond(_ => Page([1], "@odata.nextLink", null));

        await foreach (var _ in TestClient.Create(mock, o => o.MaxPageSize = 250).ListLeadsAsync(cancellationToken: Token).AsPages(pageSizeHint: 10))
        {
        }

        Assert.Equal(1, mock.GetMatchCount(request));
    }

    [Fact]
    public async Task ListLeadsAsync_BodyWithoutValueArray_ThrowsUnreadable()
    {
        using var mock = new MockHttpMessageHandler();
        mock.When("*").Respond("application/json", """{"@odata.context":"x"}""");

        await Assert.ThrowsAsync<LeadsUnreadableResponseException>(async () =>
        {
            await foreach (var _ in TestClient.Create(mock).ListLeadsAsync(cancellationToken: Token))
            {
            }
        });
    }

    [Fact]
    public async Task ListLeadsAsync_ReservedCharactersInValue_AreEncodedOnceOnTheWire()
    {
        using var mock = new MockHttpMessageHandler();
        string? sent = null;
        mock.When("*").Respond(request =>
        {
            sent = request.RequestUri!.AbsoluteUri;
            return Page([1], "@odata.nextLink", null);
        });
        var value = "a&b#c+d%e";

        await foreach (var _ in TestClient.Create(mock).ListLeadsAsync(new ODataQuery<AimbaseODataLead>().Filter(l => l.Medium == value).Top(5), Token))
        {
        }

        Assert.Equal("https://acme.aimbase.com/odata/V2/Leads?$filter=Medium%20eq%20'a%26b%23c%2Bd%25e'&$top=5", sent);
    }

    [Fact]
    public void AsPages_ContinuationLinkToAnotherHost_IsRefused()
    {
        using var mock = new MockHttpMessageHandler();

        Assert.Throws<ArgumentException>(() => TestClient.Create(mock).ListLeadsAsync(cancellationToken: Token).AsPages("https://evil.example/odata/V2/Leads?$skiptoken=1"));
    }

    /// <summary>The second page's request cancels <paramref name="caller"/> and waits, as a slow server would.</summary>
    private static MockHttpMessageHandler CancelsOnSecondPage(CancellationTokenSource caller)
    {
        var mock = new MockHttpMessageHandler();
        mock.When("*").Respond(async request =>
        {
            if (request.RequestUri!.Query.Contains("skiptoken", StringComparison.Ordinal))
            {
                await caller.CancelAsync();
                await Task.Delay(Timeout.InfiniteTimeSpan, caller.Token);
            }

            return Page([1, 2], "@odata.nextLink", "Leads?$skiptoken=2");
        });
        return mock;
    }

    [Fact]
    public async Task ListLeadsAsync_CallerCancelsListToken_ThrowsOperationCanceledCarryingThatToken()
    {
        using var caller = CancellationTokenSource.CreateLinkedTokenSource(Token);
        using var mock = CancelsOnSecondPage(caller);

        var exception = await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in TestClient.Create(mock).ListLeadsAsync(cancellationToken: caller.Token))
            {
            }
        });

        Assert.Equal(caller.Token, exception.CancellationToken);
    }

    [Fact]
    public async Task ListLeadsAsync_CallerCancelsEnumerationToken_ThrowsOperationCanceledCarryingThatToken()
    {
        using var caller = CancellationTokenSource.CreateLinkedTokenSource(Token);
        using var mock = CancelsOnSecondPage(caller);

        var exception = await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in TestClient.Create(mock).ListLeadsAsync(cancellationToken: Token).AsPages().WithCancellation(caller.Token))
            {
            }
        });

        Assert.Equal(caller.Token, exception.CancellationToken);
    }

    private static HttpResponseMessage Page(int[] ids, string annotation, string? next)
    {
        var values = string.Join(",", ids.Select(id => $$"""{"Id":{{id}}}"""));
        var link = next is null ? string.Empty : $$""","{{annotation}}":"{{next}}" """;
        return new HttpResponseMessage(HttpStatusCode.OK)
        {
            Content = new StringContent($$"""{"value":[{{values}}]{{link}}}""", Encoding.UTF8, "application/json"),
        };
    }
}
