using System.Net;
using Leads.Sdk.Http;
using RichardSzalay.MockHttp;

namespace Leads.Sdk.Core.Tests.Http;

public class AvalaApiAuthenticationHandlerTests
{
    [Fact]
    public async Task SendAsync_Request_SetsExactlyOneAuthenticateHeader()
    {
        var mockHttp = new MockHttpMessageHandler();
        var seen = new List<string[]>();
        mockHttp.Fallback.Respond(req =>
        {
            seen.Add(req.Headers.GetValues("Authenticate").ToArray());
            return new HttpResponseMessage(HttpStatusCode.OK);
        });
        var user = "bob";
        using var invoker = new HttpMessageInvoker(new AvalaApiAuthenticationHandler(() => (user, "t0k3n")) { InnerHandler = mockHttp });
        using var request = new HttpRequestMessage(HttpMethod.Get, "https://aimbase.test/leads");
        request.Headers.TryAddWithoutValidation("Authenticate", "stale value");

        (await invoker.SendAsync(request, TestContext.Current.CancellationToken)).Dispose();
        user = "alice";
        (await invoker.SendAsync(request, TestContext.Current.CancellationToken)).Dispose();

        Assert.Equal(["Avala-Api bob:t0k3n"], seen[0]);
        Assert.Equal(["Avala-Api alice:t0k3n"], seen[1]);
        Assert.False(request.Headers.Contains("Authorization"));
    }

    [Fact]
    public void FormatValue_UserAndToken_IsAvalaApiScheme()
        => Assert.Equal("Avala-Api bob:t0k3n", AvalaApiAuthenticationHandler.FormatValue("bob", "t0k3n"));

    [Theory]
    [InlineData("bob\r\nX-Evil: 1", "t")]
    [InlineData("bob", "t\n")]
    public void FormatValue_ControlCharacters_Throws(string user, string token)
        => Assert.Throws<ArgumentException>(() => AvalaApiAuthenticationHandler.FormatValue(user, token));
}
