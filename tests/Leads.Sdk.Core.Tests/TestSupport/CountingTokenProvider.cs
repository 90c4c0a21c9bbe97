using Leads.Sdk.Http;

namespace Leads.Sdk.Core.Tests.TestSupport;

/// <summary>Logs in by handing out t1, t2, …; a test can hold logins at a gate.</summary>
public sealed class CountingTokenProvider : LeadsCachingAccessTokenProvider
{
    private readonly TimeProvider _clock;
    private readonly TimeSpan _lifetime;
    private int _issued;
    private int _loginsStarted;

    public CountingTokenProvider(TimeProvider clock, TimeSpan lifetime, TimeSpan refreshMargin)
        : base(clock, refreshMargin)
    {
        _clock = clock;
        _lifetime = lifetime;
    }

    public TaskCompletionSource? Gate { get; set; }

    public Exception? FailNext { get; set; }

    public int Issued => _issued;

    /// <summary>How many logins have begun, including those still held at <see cref="Gate"/>.</summary>
    public int LoginsStarted => Volatile.Read(ref _loginsStarted);

    /// <summary>Completes when the first login begins.</summary>
    public TaskCompletionSource FirstLoginStarted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    protected override async Task<LeadsAccessToken> AcquireTokenAsync(CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _loginsStarted);
        FirstLoginStarted.TrySetResult();
        if (Gate is { } gate)
        {
            await gate.Task.WaitAsync(cancellationToken);
        }

        if (FailNext is { } failure)
        {
            FailNext = null;
            throw failure;
        }

        var number = Interlocked.Increment(ref _issued);
        return new LeadsAccessToken("t" + number, _clock.GetUtcNow() + _lifetime);
    }
}
