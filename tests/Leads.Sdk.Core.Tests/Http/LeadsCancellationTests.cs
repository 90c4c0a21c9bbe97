using Leads.Sdk.Http;

namespace Leads.Sdk.Core.Tests.Http;

public class LeadsCancellationTests
{
    [Fact]
    public async Task ForCaller_ExceptionCarriesLinkedToken_ReturnsSameTypeCarryingCallerToken()
    {
        using var caller = new CancellationTokenSource();
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(caller.Token);
        await caller.CancelAsync();
        var observed = new OperationCanceledException("stopped", linked.Token);

        var exception = LeadsCancellation.ForCaller(observed, caller.Token);

        Assert.IsType<OperationCanceledException>(exception);
        Assert.Equal(caller.Token, exception.CancellationToken);
        Assert.Equal("stopped", exception.Message);
        Assert.Same(observed, exception.InnerException);
    }

    [Fact]
    public async Task ForCaller_ExceptionAlreadyCarriesCallerToken_ReturnsIt()
    {
        using var caller = new CancellationTokenSource();
        await caller.CancelAsync();
        var observed = new TaskCanceledException("stopped", null, caller.Token);

        Assert.Same(observed, LeadsCancellation.ForCaller(observed, caller.Token));
    }
}
