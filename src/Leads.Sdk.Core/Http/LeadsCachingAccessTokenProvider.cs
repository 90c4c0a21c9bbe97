namespace Leads.Sdk.Http;

/// <summary>
/// Caches a token from a login call: logs in on first use, renews the token <see cref="RefreshMargin"/> before it
/// expires, and lets one login run at a time however many calls wait for it (single flight).
/// </summary>
public abstract class LeadsCachingAccessTokenProvider : LeadsAccessTokenProvider, IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly TimeProvider _timeProvider;
    private LeadsAccessToken? _current;

    /// <summary>Creates the provider.</summary>
    /// <param name="timeProvider">The clock used for expiry.</param>
    /// <param name="refreshMargin">How long before expiry a token is renewed.</param>
    protected LeadsCachingAccessTokenProvider(TimeProvider timeProvider, TimeSpan refreshMargin)
    {
        _timeProvider = timeProvider ?? throw new ArgumentNullException(nameof(timeProvider));
        RefreshMargin = refreshMargin;
    }

    /// <summary>How long before expiry a token is renewed.</summary>
    public TimeSpan RefreshMargin { get; }

    /// <summary>How many logins this provider has made (for diagnostics and tests).</summary>
    public int LoginCount => _loginCount;

    private int _loginCount;

    /// <inheritdoc/>
    public override async ValueTask<LeadsAccessToken> GetTokenAsync(CancellationToken cancellationToken)
    {
        if (IsFresh(_current))
        {
            return _current!;
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // Another caller may have logged in while this one waited.
            if (IsFresh(_current))
            {
                return _current!;
            }

            var token = await AcquireTokenAsync(cancellationToken).ConfigureAwait(false);
            Interlocked.Increment(ref _loginCount);
            _current = token;
            return token;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <inheritdoc/>
    public override void Invalidate(LeadsAccessToken rejected)
        => Interlocked.CompareExchange(ref _current, null, rejected);

    /// <summary>Logs in and returns a new token.</summary>
    /// <param name="cancellationToken">Cancels the login.</param>
    protected abstract Task<LeadsAccessToken> AcquireTokenAsync(CancellationToken cancellationToken);

    /// <inheritdoc/>
    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Releases the login gate.</summary>
    /// <param name="disposing">Whether managed resources are released.</param>
    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            _gate.Dispose();
        }
    }

    private bool IsFresh(LeadsAccessToken? token)
        => token is not null && (token.ExpiresOn is not { } expires || _timeProvider.GetUtcNow() < expires - RefreshMargin);
}
