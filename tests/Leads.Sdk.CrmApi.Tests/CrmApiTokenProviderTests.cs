using System.Text;
using Leads.Sdk.CrmApi.Models;
using Microsoft.Extensions.Time.Testing;

namespace Leads.Sdk.CrmApi.Tests;

public sealed class CrmApiTokenProviderTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 8, 0, 0, TimeSpan.Zero);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task GetTokenAsync_CalledTwice_LogsInOnceAndReturnsCachedToken()
    {
        var crm = new FakeCrm();
        var tokens = new CrmApiTokenProvider(FakeCrm.HttpClient(crm), FakeCrm.Options());

        var first = await tokens.GetTokenAsync(Ct);
        var second = await tokens.GetTokenAsync(Ct);

        Assert.Same(first, second);
        Assert.Equal("opaque-token-1", second.Value);
        Assert.Equal(1, crm.Logins);
    }

    [Fact]
    public async Task GetTokenAsync_JwtToken_UsesExpClaimAndRefreshesWithinMargin()
    {
        var time = new FakeTimeProvider(Now);
        var crm = new FakeCrm { TokenFor = n => Jwt(Now.AddMinutes(10 * n)) };
        var tokens = new CrmApiTokenProvider(FakeCrm.HttpClient(crm), FakeCrm.Options(o => o.TokenRefreshMargin = TimeSpan.FromMinutes(2)), time);

        var first = await tokens.GetTokenAsync(Ct);
        time.Advance(TimeSpan.FromMinutes(7));
        var stillCached = await tokens.GetTokenAsync(Ct);
        time.Advance(TimeSpan.FromMinutes(1));
        var renewed = await tokens.GetTokenAsync(Ct);

        Assert.Equal(Now.AddMinutes(10), first.ExpiresOn);
        Assert.Same(first, stillCached);
        Assert.NotEqual(first.Value, renewed.Value);
        Assert.Equal(2, crm.Logins);
    }

    [Fact]
    public async Task GetTokenAsync_OpaqueToken_ExpiresAfterConfiguredLifetime()
    {
        var time = new FakeTimeProvider(Now);
        var crm = new FakeCrm();
        var options = FakeCrm.Options(o => (o.TokenLifetime, o.TokenRefreshMargin) = (TimeSpan.FromMinutes(30), TimeSpan.FromMinutes(1)));
        var tokens = new CrmApiTokenProvider(FakeCrm.HttpClient(crm), options, time);

        var first = await tokens.GetTokenAsync(Ct);
        time.Advance(TimeSpan.FromMinutes(29));
        var renewed = await tokens.GetTokenAsync(Ct);

        Assert.Equal(Now.AddMinutes(30), first.ExpiresOn);
        Assert.Equal("opaque-token-2", renewed.Value);
        Assert.Equal(2, crm.Logins);
    }

    [Fact]
    public async Task GetTokenAsync_100ConcurrentCalls_LogsInOnce()
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var crm = new FakeCrm { LoginGate = gate.Task };
        var tokens = new CrmApiTokenProvider(FakeCrm.HttpClient(crm), FakeCrm.Options());

        var calls = Enumerable.Range(0, 100).Select(_ => tokens.GetTokenAsync(Ct).AsTask()).ToArray();
        gate.SetResult();
        var results = await Task.WhenAll(calls);

        Assert.Equal(1, crm.Logins);
        Assert.All(results, token => Assert.Equal("opaque-token-1", token.Value));
    }

    [Fact]
    public async Task CreateLeadAsync_100ConcurrentCallsWithRejectedToken_LogInOnceMoreAndEachCreatesOnce()
    {
        var crm = new FakeCrm();
        var client = crm.Client();
        await client.CreateLeadAsync(Requests.Minimal(), Ct);
        crm.ExpiredTokens.Add("opaque-token-1");

        // The refusals are answered only once all 100 calls sent the old token, so all 100 ask for a new one at once.
        crm.HoldRefusalsUntil = 100;

        var leads = await Task.WhenAll(Enumerable.Range(0, 100).Select(_ => client.CreateLeadAsync(Requests.Minimal(), Ct)));

        Assert.Equal(100, leads.Length);
        Assert.Equal(2, crm.Logins);
        Assert.Equal(1 + 100 + 100, crm.CreateBodies.Count);
        Assert.Equal(100, crm.CreateBodies.Count(b => b.StartsWith("""{"token":"opaque-token-2",""", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task GetTokenAsync_PasswordLogin_PostsDocumentedJsonWithoutEmptyUnit()
    {
        var crm = new FakeCrm();

        await new CrmApiTokenProvider(FakeCrm.HttpClient(crm), FakeCrm.Options()).GetTokenAsync(Ct);
        await new CrmApiTokenProvider(FakeCrm.HttpClient(crm), FakeCrm.Options(o => o.Unit = "Nicosia")).GetTokenAsync(Ct);

        Assert.Equal($$"""{"username":"api-user","password":"{{FakeCrm.Password}}","organisation":"ACME"}""", crm.LoginBodies[0]);
        Assert.Equal($$"""{"username":"api-user","password":"{{FakeCrm.Password}}","organisation":"ACME","unit":"Nicosia"}""", crm.LoginBodies[1]);
        Assert.Equal("/crmapi/rest/v2/authentication/token", crm.LoginRequests[0].RequestUri!.AbsolutePath);
    }

    [Fact]
    public async Task GetTokenAsync_WebApiKey_SendsKeyAsBasicUserWithEmptyPassword()
    {
        var crm = new FakeCrm();
        var options = FakeCrm.Options(o => (o.WebApiKey, o.Username, o.Password, o.Organisation) = ("key-123456", null, null, null));

        await new CrmApiTokenProvider(FakeCrm.HttpClient(crm), options).GetTokenAsync(Ct);

        var request = Assert.Single(crm.LoginRequests);
        Assert.Equal("/crmapi/rest/v2/authentication/web_api_key/token", request.RequestUri!.AbsolutePath);
        Assert.Equal("Basic", request.Headers.Authorization?.Scheme);
        Assert.Equal("key-123456:", Encoding.UTF8.GetString(Convert.FromBase64String(request.Headers.Authorization!.Parameter!)));
    }

    [Fact]
    public async Task GetTokenAsync_LoginRefusedInEnvelope_ThrowsAuthenticationExceptionWithoutPassword()
    {
        var crm = new FakeCrm { LoginResponse = FakeCrm.Error("COM.CRM.EXCEPTIONS.INVALIDLOGINEXCEPTION", "Wrong password " + FakeCrm.Password) };
        var tokens = new CrmApiTokenProvider(FakeCrm.HttpClient(crm), FakeCrm.Options());

        var exception = await Assert.ThrowsAsync<LeadsAuthenticationException>(() => tokens.GetTokenAsync(Ct).AsTask());

        Assert.Equal("COM.CRM.EXCEPTIONS.INVALIDLOGINEXCEPTION", exception.ErrorCode);
        Assert.DoesNotContain(FakeCrm.Password, exception.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(FakeCrm.Password, exception.ResponseBodyExcerpt!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetTokenAsync_LoginOkWithoutToken_ThrowsUnreadableResponse()
    {
        var crm = new FakeCrm { LoginResponse = FakeCrm.Envelope("""{"token":""}""") };
        var tokens = new CrmApiTokenProvider(FakeCrm.HttpClient(crm), FakeCrm.Options());

        await Assert.ThrowsAsync<LeadsUnreadableResponseException>(() => tokens.GetTokenAsync(Ct).AsTask());
    }

    [Fact]
    public async Task ToString_AfterLogin_NeverShowsTokenOrPassword()
    {
        var crm = new FakeCrm { TokenFor = _ => "secret-token-value" };
        var options = FakeCrm.Options();
        var tokens = new CrmApiTokenProvider(FakeCrm.HttpClient(crm), options);

        var token = await tokens.GetTokenAsync(Ct);

        Assert.DoesNotContain("secret-token-value", tokens.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("secret-token-value", token.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(FakeCrm.Password, options.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("C1", Requests.Minimal().ContactInformation!.ToString(), StringComparison.Ordinal);
    }

    private static string Jwt(DateTimeOffset expires)
    {
        static string Encode(string json) => Convert.ToBase64String(Encoding.UTF8.GetBytes(json)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return $"{Encode("""{"alg":"HS256","typ":"JWT"}""")}.{Encode($$"""{"sub":"api-user","exp":{{expires.ToUnixTimeSeconds()}}}""")}.c2lnbmF0dXJl";
    }
}
