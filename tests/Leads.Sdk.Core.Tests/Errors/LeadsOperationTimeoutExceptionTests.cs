namespace Leads.Sdk.Core.Tests.Errors;

public class LeadsOperationTimeoutExceptionTests
{
    [Fact]
    public void Constructor_MessageAndInner_KeepsTheTimeoutTheMessageAndTheCause()
    {
        var cause = new TaskCanceledException("A task was canceled.");

        var exception = new LeadsOperationTimeoutException(TimeSpan.FromMinutes(5), "The queued request 42 was not processed within 00:05:00.", cause);

        Assert.Equal(TimeSpan.FromMinutes(5), exception.Timeout);
        Assert.Equal("The queued request 42 was not processed within 00:05:00.", exception.Message);
        Assert.Same(cause, exception.InnerException);
    }

    [Fact]
    public void Constructor_NoMessage_SaysTheOperationTimedOutAndAfterHowLong()
        => Assert.Equal("The operation did not finish within 00:00:30.", new LeadsOperationTimeoutException(TimeSpan.FromSeconds(30)).Message);

    [Fact]
    public void Catch_LeadsException_CatchesItButItIsNeitherAFailedCallNorASystemTimeout()
    {
        Exception thrown = new LeadsOperationTimeoutException(TimeSpan.FromSeconds(30));

        Assert.IsAssignableFrom<LeadsException>(thrown);
        Assert.False(thrown is LeadsRequestException);
        Assert.False(thrown is TimeoutException);
    }
}
