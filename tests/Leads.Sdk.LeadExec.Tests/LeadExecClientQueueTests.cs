using System.Net;
using System.Text;
using Leads.Sdk.LeadExec.Models;
using RichardSzalay.MockHttp;

namespace Leads.Sdk.LeadExec.Tests;

public sealed class LeadExecClientQueueTests
{
    private const string PostId = "98bc0376-64f0-4525-802b-249c01d36c36";
    private const string Pending = """{"PostID":"98bc0376-64f0-4525-802b-249c01d36c36","LeadIdentifier":null,"IsValid":false,"RejectionReason":""}""";

    /// <summary>Answers status polls from a script and signals each poll, so the test can advance the fake clock in step.</summary>
    private sealed class ScriptedStatus
    {
        private readonly Queue<string> _bodies;

        public ScriptedStatus(TestClient test, params string[] bodies)
        {
            _bodies = new Queue<string>(bodies);
            test.Mock.When(HttpMethod.Get, $"{TestClient.Base}/information/queuestatus/{PostId}").Respond(_ =>
            {
                var body = _bodies.Count > 1 ? _bodies.Dequeue() : _bodies.Peek();
                Polls.Release();
                return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(body, Encoding.UTF8, "application/json") });
            });
        }

        public SemaphoreSlim Polls { get; } = new(0);

        public Task NextPollAsync() => Polls.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken)
            .ContinueWith(t => Assert.True(t.Result, "the poll did not happen"), TaskScheduler.Default);
    }

    [Fact]
    public async Task WaitForQueueResultAsync_PendingThenProcessed_ReturnsProcessedStatusAfterBackoff()
    {
        var time = new TimerRecordingTimeProvider();
        var test = new TestClient(time: time);
        var status = new ScriptedStatus(test, Pending, Pending, DocExamples.QueueStatusJson);
        var polling = new LeadExecPollingOptions { InitialDelay = TimeSpan.FromSeconds(1), MaxDelay = TimeSpan.FromSeconds(30), Timeout = TimeSpan.FromMinutes(5) };

        // The timeout, then 1 s after the first poll and 2 s after the second: all in fake time, never a real wait.
        var wait = test.Client.WaitForQueueResultAsync(PostId, polling, TestContext.Current.CancellationToken);
        Assert.Equal(TimeSpan.FromMinutes(5), await time.NextTimerAsync());
        await status.NextPollAsync();
        Assert.Equal(TimeSpan.FromSeconds(1), await time.NextTimerAsync());
        time.Advance(TimeSpan.FromSeconds(1));
        await status.NextPollAsync();
        Assert.Equal(TimeSpan.FromSeconds(2), await time.NextTimerAsync());
        time.Advance(TimeSpan.FromSeconds(2));
        var result = await wait;

        Assert.True(result.IsProcessed);
        Assert.Equal(12345678, result.LeadId);
        Assert.Equal(3, time.DueTimes.Count);
    }

    [Fact]
    public void DelayAfter_Attempts_GrowsExponentiallyUpToTheMaximum()
    {
        var polling = new LeadExecPollingOptions { InitialDelay = TimeSpan.FromSeconds(1), BackoffFactor = 2, MaxDelay = TimeSpan.FromSeconds(5) };

        Assert.Equal(
            [TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(5)],
            Enumerable.Range(1, 5).Select(polling.DelayAfter));
    }

    [Fact]
    public async Task WaitForQueueResultAsync_NeverProcessed_ThrowsTimeoutAfterTheTimeout()
    {
        var time = new TimerRecordingTimeProvider();
        var test = new TestClient(time: time);
        var status = new ScriptedStatus(test, Pending);
        // The timeout falls between two polls, not on one, so which of the two timers fires first is never a question.
        var polling = new LeadExecPollingOptions { InitialDelay = TimeSpan.FromSeconds(1), MaxDelay = TimeSpan.FromSeconds(1), Timeout = TimeSpan.FromSeconds(9.5) };

        var wait = test.Client.WaitForQueueResultAsync(PostId, polling, TestContext.Current.CancellationToken);
        Assert.Equal(TimeSpan.FromSeconds(9.5), await time.NextTimerAsync());
        for (var poll = 1; poll <= 10; poll++)
        {
            await status.NextPollAsync();
            Assert.Equal(TimeSpan.FromSeconds(1), await time.NextTimerAsync());
            time.Advance(TimeSpan.FromSeconds(1));
        }

        // Polls at 0, 1, ... 9 s: the timeout ends the wait during the delay after the tenth.
        var error = await Assert.ThrowsAsync<LeadsOperationTimeoutException>(() => wait);
        Assert.Equal(TimeSpan.FromSeconds(9.5), error.Timeout);
        Assert.Contains(PostId, error.Message, StringComparison.Ordinal);
        Assert.Contains("10 status checks", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WaitForQueueResultAsync_TimeoutAfterAStatusEchoingThePassword_MessageMasksIt()
    {
        var time = new TimerRecordingTimeProvider();
        var test = new TestClient(time: time);
        var echo = Pending.Replace(PostId, "bad password s3cret", StringComparison.Ordinal);
        var status = new ScriptedStatus(test, echo);
        var polling = new LeadExecPollingOptions { InitialDelay = TimeSpan.FromSeconds(1), MaxDelay = TimeSpan.FromSeconds(1), Timeout = TimeSpan.FromSeconds(2.5) };

        var wait = test.Client.WaitForQueueResultAsync(PostId, polling, TestContext.Current.CancellationToken);
        Assert.Equal(TimeSpan.FromSeconds(2.5), await time.NextTimerAsync());
        for (var poll = 1; poll <= 3; poll++)
        {
            await status.NextPollAsync();
            Assert.Equal(TimeSpan.FromSeconds(1), await time.NextTimerAsync());
            time.Advance(TimeSpan.FromSeconds(1));
        }

        var error = await Assert.ThrowsAsync<LeadsOperationTimeoutException>(() => wait);
        Assert.Contains("bad password", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WaitForQueueResultAsync_CallerCancelsBetweenPolls_ThrowsOperationCanceledCarryingCallerToken()
    {
        var test = new TestClient();
        var status = new ScriptedStatus(test, Pending);
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);

        var wait = test.Client.WaitForQueueResultAsync(PostId, new LeadExecPollingOptions(), cancel.Token);
        await status.NextPollAsync();
        await cancel.CancelAsync();

        var exception = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => wait);
        Assert.Equal(cancel.Token, exception.CancellationToken);
    }

    [Fact]
    public async Task WaitForQueueResultAsync_CallerCancelsDuringStatusRequest_ThrowsOperationCanceledCarryingCallerToken()
    {
        var test = new TestClient();
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        test.Mock.When(HttpMethod.Get, $"{TestClient.Base}/information/queuestatus/{PostId}").Respond(async () =>
        {
            await cancel.CancelAsync();
            await Task.Delay(Timeout.InfiniteTimeSpan, cancel.Token);
            return new HttpResponseMessage(HttpStatusCode.OK);
        });

        var exception = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => test.Client.WaitForQueueResultAsync(PostId, new LeadExecPollingOptions(), cancel.Token));

        Assert.Equal(cancel.Token, exception.CancellationToken);
    }

    [Fact]
    public async Task GetQueueStatusAsync_UnknownPostId_ThrowsNotFound()
    {
        var test = new TestClient();
        test.Respond(HttpMethod.Get, "/information/queuestatus/nope", string.Empty, status: HttpStatusCode.NotFound);

        await Assert.ThrowsAsync<LeadsNotFoundException>(() => test.Client.GetQueueStatusAsync("nope", TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task GetQueueStatusAsync_Pending_IsNotProcessed()
    {
        var test = new TestClient();
        test.Respond(HttpMethod.Get, $"/information/queuestatus/{PostId}", Pending);

        var status = await test.Client.GetQueueStatusAsync(PostId, TestContext.Current.CancellationToken);

        Assert.False(status.IsProcessed);
    }

    [Fact]
    public async Task GetQueueStatusAsync_Rejected_IsProcessedWithReason()
    {
        var test = new TestClient();
        test.Respond(HttpMethod.Get, $"/information/queuestatus/{PostId}", """{"PostID":"x","IsValid":false,"RejectionReason":"Duplicate Lead"}""");

        var status = await test.Client.GetQueueStatusAsync(PostId, TestContext.Current.CancellationToken);

        Assert.True(status.IsProcessed);
        Assert.False(status.IsValid);
        Assert.Equal("Duplicate Lead", status.RejectionReason);
    }
}
