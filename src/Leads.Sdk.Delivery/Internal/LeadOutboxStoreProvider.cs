using Leads.Sdk.Delivery.Storage;

namespace Leads.Sdk.Delivery.Internal;

/// <summary>Hands out the store once its schema is created or migrated; the first caller does that, the others wait for it.</summary>
internal sealed class LeadOutboxStoreProvider(ILeadOutboxStore store) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile bool _initialized;

    public async ValueTask<ILeadOutboxStore> GetAsync(CancellationToken cancellationToken)
    {
        if (_initialized)
        {
            return store;
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!_initialized)
            {
                await store.InitializeAsync(cancellationToken).ConfigureAwait(false);
                _initialized = true;
            }

            return store;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();
}
