using Leads.Sdk.Core.Tests.TestSupport;
using Leads.Sdk.Http;
using Microsoft.Extensions.Time.Testing;

namespace Leads.Sdk.Core.Tests.Http;

public class CachingAccessTokenProviderTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static (CountingTokenProvider Provider, FakeTimeProvider Clock) Create()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        return (new CountingTokenProvider(clock, TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(1)), clock);
    }

    [Fact]
    public async Task GetTokenAsync_Twice_LogsInOnce()
    {
        var (provider, _) = Create();
        using var _p = provider;

        var first = await provider.GetTokenAsync(Token);
        var second = await provider.GetTokenAsync(Token);

        Assert.Same(first, second);
        Assert.Equal(1, provider.LoginCount);
    }

    [Fact]
    public async Task GetTokenAsync_InsideRefreshMargin_LogsInAgain()
    {
        var (provider, clock) = Create();
        using var _p = provider;
        var first = await provider.GetTokenAsync(Token);

        clock.Advance(TimeSpan.FromMinutes(8));
        var stillFresh = await provider.GetTokenAsync(Token);
        clock.Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(1));
        var renewed = await provider.GetTokenAsync(Token);

        Assert.Same(first, stillFresh);
        Assert.Equal("t2", renewed.Value);
        Assert.Equal(2, provider.LoginCount);
    }

    // No timing: the first caller's login is held at the gate, and the other 99 calls are started while it is held.
    // None can complete before the gate opens (there is no token yet), so all 100 are in flight at once, however slow
    // the machine; single flight means one login began and one token was issued.
    [Fact]
    public async Task GetTokenAsync_HundredConcurrentCallers_LogsInOnce()
    {
        var (provider, _) = Create();
        using var _p = provider;
        provider.Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var first = provider.GetTokenAsync(Token).AsTask();
        await provider.FirstLoginStarted.Task.WaitAsync(Token);
        var others = Enumerable.Range(0, 99).Select(_ => provider.GetTokenAsync(Token).AsTask()).ToList();

        Assert.All(others.Prepend(first), caller => Assert.False(caller.IsCompleted));
        Assert.Equal(1, provider.LoginsStarted);

        provider.Gate.SetResult();
        var tokens = await Task.WhenAll(others.Prepend(first));

        Assert.Equal(1, provider.LoginsStarted);
        Assert.Equal(1, provider.LoginCount);
        Assert.Equal(1, provider.Issued);
        Assert.All(tokens, t => Assert.Equal("t1", t.Value));
    }

    [Fact]
    public async Task Invalidate_CurrentToken_ForcesNewLogin()
    {
        var (provider, _) = Create();
        using var _p = provider;
        var first = await provider.GetTokenAsync(Token);

        provider.Invalidate(first);
        var second = await provider.GetTokenAsync(Token);

        Assert.Equal("t2", second.Value);
        Assert.Equal(2, provider.LoginCount);
    }

    [Fact]
    public async Task Invalidate_OlderToken_KeepsCurrentOne()
    {
        var (provider, _) = Create();
        using var _p = provider;
        var first = await provider.GetTokenAsync(Token);
        provider.Invalidate(first);
        var second = await provider.GetTokenAsync(Token);

        provider.Invalidate(first);

        Assert.Same(second, await provider.GetTokenAsync(Token));
        Assert.Equal(2, provider.LoginCount);
    }

    [Fact]
    public async Task GetTokenAsync_LoginFails_NextCallLogsInAgain()
    {
        var (provider, _) = Create();
        using var _p = provider;
        provider.FailNext = new HttpRequestException("login down");

        await Assert.ThrowsAsync<HttpRequestException>(async () => await provider.GetTokenAsync(Token));
        var token = await provider.GetTokenAsync(Token);

        Assert.Equal("t1", token.Value);
    }
}
