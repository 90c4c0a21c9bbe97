using Leads.Sdk.Delivery.Storage;
using Microsoft.Data.Sqlite;

namespace Leads.Sdk.Delivery.Tests.Storage;

public sealed class SqliteLeadOutboxStoreTests : LeadOutboxStoreContractTests, IDisposable
{
    private readonly TempDirectory _directory = new();

    internal override async Task<ILeadOutboxStore> CreateStoreAsync()
    {
        var store = new SqliteLeadOutboxStore(_directory.File("outbox.db"));
        await store.InitializeAsync(Token);
        return store;
    }

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task Initialize_UsesWalAndRecordsSchemaVersion1()
    {
        await CreateStoreAsync();

        using var connection = new SqliteConnection($"Data Source={_directory.File("outbox.db")};Pooling=False");
        connection.Open();
        Assert.Equal("wal", Scalar(connection, "PRAGMA journal_mode;"));
        Assert.Equal(1L, Scalar(connection, "SELECT MAX(version) FROM lead_outbox_schema;"));
    }

    [Fact]
    public async Task Initialize_InANewFolder_CreatesTheFolderAndFile()
    {
        var store = new SqliteLeadOutboxStore(_directory.File(Path.Combine("nested", "deeper", "outbox.db")));

        await store.InitializeAsync(Token);

        Assert.True(File.Exists(_directory.File(Path.Combine("nested", "deeper", "outbox.db"))));
    }

    [Fact]
    public async Task Enqueue_IsVisibleToAnotherStoreOnTheSameFile()
    {
        var first = await CreateStoreAsync();
        var id = await first.EnqueueAsync(NewItem(payload: "durable"), Token);

        var second = new SqliteLeadOutboxStore(_directory.File("outbox.db"));
        await second.InitializeAsync(Token);

        Assert.Equal("durable", (await second.GetAsync(id, Token))!.Payload);
    }

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
