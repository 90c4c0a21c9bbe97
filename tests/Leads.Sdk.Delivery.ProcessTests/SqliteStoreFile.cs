namespace Leads.Sdk.Delivery.ProcessTests;

/// <summary>A fresh SQLite outbox file in the temp folder, deleted (with its WAL files) afterwards.</summary>
internal sealed class SqliteStoreFile : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"leads-proof-{Guid.NewGuid():N}.db");

    /// <summary>The worker's <c>--store</c> argument.</summary>
    public string Store => "sqlite:" + _path;

    public void Dispose()
    {
        foreach (var suffix in new[] { string.Empty, "-wal", "-shm", "-journal" })
        {
            File.Delete(_path + suffix);
        }
    }
}
