using Leads.Sdk.Delivery.Storage;

namespace Leads.Sdk.Delivery.Tests.Storage;

/// <summary>The shared store contract, run against the PostgreSQL store: each test gets its own fresh database.</summary>
[Collection(SharedPostgreSqlServer.Name)]
public sealed class PostgreSqlLeadOutboxStoreContractTests(PostgreSqlServer server) : LeadOutboxStoreContractTests, IAsyncDisposable
{
    private readonly List<PostgreSqlLeadOutboxStore> _stores = [];
    private string? _connectionString;

    internal override async Task<ILeadOutboxStore> CreateStoreAsync()
    {
        // One database per test; a second store in the same test shares it, as a second process would.
        _connectionString ??= await server.CreateDatabaseAsync(Token);
        var store = new PostgreSqlLeadOutboxStore(_connectionString);
        _stores.Add(store);
        await store.InitializeAsync(Token);
        return store;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var store in _stores)
        {
            await store.DisposeAsync();
        }
    }
}
