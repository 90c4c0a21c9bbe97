using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Leads.Sdk.Delivery.Storage;

/// <summary>
/// The embedded store: one SQLite file in WAL mode, written with <c>synchronous=FULL</c> so a write is on disk when its
/// call returns. Several processes may share the file: leasing runs in a <c>BEGIN IMMEDIATE</c> transaction (one writer
/// at a time) and a busy file is waited for rather than failed.
/// </summary>
internal sealed class SqliteLeadOutboxStore : ILeadOutboxStore
{
    private const int BusyTimeoutMilliseconds = 30_000;

    private const string Columns =
        "id, api, state, payload, enqueued_at, deadline, next_attempt_at, attempts, first_attempt_started_at, " +
        "last_attempt_started_at, in_doubt, lease_owner, lease_expires_at, completed_at, reason, api_identifiers";

    private readonly string _connectionString;

    public SqliteLeadOutboxStore(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        Path = System.IO.Path.GetFullPath(path);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = BusyTimeoutMilliseconds / 1000,
        }.ToString();
    }

    /// <summary>The file's full path.</summary>
    public string Path { get; }

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        var directory = System.IO.Path.GetDirectoryName(Path);
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);

        // WAL is a property of the file and cannot be switched inside a transaction; it is set before migrating.
        await ExecuteAsync(connection, null, "PRAGMA journal_mode=WAL;", cancellationToken).ConfigureAwait(false);
        using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(connection, transaction, "CREATE TABLE IF NOT EXISTS lead_outbox_schema (version INTEGER NOT NULL);", cancellationToken).ConfigureAwait(false);
        var version = Convert.ToInt32(await ScalarAsync(connection, transaction, "SELECT COALESCE(MAX(version), 0) FROM lead_outbox_schema;", cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
        for (var next = version + 1; next <= SqliteLeadOutboxSchema.Migrations.Count; next++)
        {
            await ExecuteAsync(connection, transaction, SqliteLeadOutboxSchema.Migrations[next - 1], cancellationToken).ConfigureAwait(false);
            await ExecuteAsync(connection, transaction, "INSERT INTO lead_outbox_schema (version) VALUES ($v);", cancellationToken, ("$v", next)).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<long> EnqueueAsync(LeadOutboxNewItem item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var id = await ScalarAsync(
            connection,
            null,
            "INSERT INTO lead_outbox (api, state, payload, enqueued_at, deadline, next_attempt_at) " +
            "VALUES ($api, 0, $payload, $enqueued, $deadline, $enqueued) RETURNING id;",
            cancellationToken,
            ("$api", (int)item.Api),
            ("$payload", item.Payload),
            ("$enqueued", Milliseconds(item.EnqueuedAt)),
            ("$deadline", Milliseconds(item.Deadline))).ConfigureAwait(false);
        return Convert.ToInt64(id, CultureInfo.InvariantCulture);
    }

    public async Task<IReadOnlyList<LeadOutboxLease>> LeaseNextAsync(string workerId, int maxItems, DateTimeOffset now, TimeSpan leaseDuration, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(workerId);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxItems);
        using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);

        // BEGIN IMMEDIATE: the write lock is taken before reading, so two processes never lease the same row.
        using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var nowMs = Milliseconds(now);
        var candidates = await QueryAsync(
            connection,
            transaction,
            $"SELECT {Columns} FROM lead_outbox WHERE state = 0 AND next_attempt_at <= $now " +
            "AND (lease_expires_at IS NULL OR lease_expires_at <= $now) ORDER BY id LIMIT $max;",
            cancellationToken,
            ("$now", nowMs),
            ("$max", maxItems)).ConfigureAwait(false);

        var expiresAt = now + leaseDuration;
        var leases = new List<LeadOutboxLease>(candidates.Count);
        foreach (var item in candidates)
        {
            var token = Guid.NewGuid().ToString("N");
            await ExecuteAsync(
                connection,
                transaction,
                "UPDATE lead_outbox SET lease_owner = $owner, lease_token = $token, lease_expires_at = $expires WHERE id = $id;",
                cancellationToken,
                ("$owner", workerId),
                ("$token", token),
                ("$expires", Milliseconds(expiresAt)),
                ("$id", item.Id)).ConfigureAwait(false);
            leases.Add(new LeadOutboxLease(item with { LeaseOwner = workerId, LeaseExpiresAt = Truncate(expiresAt) }, token));
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return leases;
    }

    public Task<bool> MarkAttemptStartedAsync(LeadOutboxLease lease, DateTimeOffset now, CancellationToken cancellationToken)
        => UpdateLeasedAsync(
            lease,
            "attempts = attempts + 1, first_attempt_started_at = COALESCE(first_attempt_started_at, $now), " +
            "last_attempt_started_at = $now, in_doubt = 1",
            cancellationToken,
            ("$now", Milliseconds(now)));

    public Task<bool> CompleteAsync(LeadOutboxLease lease, LeadOutboxCompletion completion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(completion);
        if (completion.State == LeadDeliveryState.Pending)
        {
            throw new ArgumentException("A completion is a final state.", nameof(completion));
        }

        return UpdateLeasedAsync(
            lease,
            "state = $state, reason = $reason, api_identifiers = $ids, completed_at = $at, in_doubt = 0, " +
            "lease_owner = NULL, lease_token = NULL, lease_expires_at = NULL",
            cancellationToken,
            ("$state", (int)completion.State),
            ("$reason", completion.Reason),
            ("$ids", completion.ApiIdentifiers),
            ("$at", Milliseconds(completion.CompletedAt)));
    }

    public Task<bool> RescheduleAsync(LeadOutboxLease lease, DateTimeOffset nextAttemptAt, string? reason, bool inDoubt, CancellationToken cancellationToken)
        => UpdateLeasedAsync(
            lease,
            "next_attempt_at = $next, reason = $reason, in_doubt = $doubt, lease_owner = NULL, lease_token = NULL, lease_expires_at = NULL",
            cancellationToken,
            ("$next", Milliseconds(nextAttemptAt)),
            ("$reason", reason),
            ("$doubt", inDoubt ? 1 : 0));

    public Task<bool> RenewLeaseAsync(LeadOutboxLease lease, DateTimeOffset now, TimeSpan leaseDuration, CancellationToken cancellationToken)
        => UpdateLeasedAsync(lease, "lease_expires_at = $expires", cancellationToken, ("$expires", Milliseconds(now + leaseDuration)));

    public async Task<LeadOutboxItem?> GetAsync(long id, CancellationToken cancellationToken)
    {
        using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var items = await QueryAsync(connection, null, $"SELECT {Columns} FROM lead_outbox WHERE id = $id;", cancellationToken, ("$id", id)).ConfigureAwait(false);
        return items.Count == 0 ? null : items[0];
    }

    public async Task<IReadOnlyList<LeadOutboxItem>> ListAsync(LeadDeliveryState state, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return await QueryAsync(
            connection,
            null,
            $"SELECT {Columns} FROM lead_outbox WHERE state = $state ORDER BY id LIMIT $limit;",
            cancellationToken,
            ("$state", (int)state),
            ("$limit", limit)).ConfigureAwait(false);
    }

    public async Task<LeadOutboxCounts> GetCountsAsync(CancellationToken cancellationToken)
    {
        using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var counts = new Dictionary<(LeadDeliveryApi Api, LeadDeliveryState State), long>();
        using (var command = Command(connection, null, "SELECT api, state, COUNT(*) FROM lead_outbox GROUP BY api, state;"))
        using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                counts[((LeadDeliveryApi)reader.GetInt32(0), (LeadDeliveryState)reader.GetInt32(1))] = reader.GetInt64(2);
            }
        }

        var oldest = await ScalarAsync(connection, null, "SELECT MIN(enqueued_at) FROM lead_outbox WHERE state = 0;", cancellationToken).ConfigureAwait(false);
        return new LeadOutboxCounts(counts, oldest is long ms ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : null);
    }

    public async Task<bool> RequeueAsync(long id, DateTimeOffset now, DateTimeOffset deadline, CancellationToken cancellationToken)
    {
        using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var changed = await ExecuteAsync(
            connection,
            null,
            "UPDATE lead_outbox SET state = 0, next_attempt_at = $now, deadline = $deadline, in_doubt = 0, completed_at = NULL, " +
            "lease_owner = NULL, lease_token = NULL, lease_expires_at = NULL WHERE id = $id AND state IN (2, 3, 4, 5);",
            cancellationToken,
            ("$now", Milliseconds(now)),
            ("$deadline", Milliseconds(deadline)),
            ("$id", id)).ConfigureAwait(false);
        return changed == 1;
    }

    public async Task<bool> CancelAsync(long id, DateTimeOffset now, CancellationToken cancellationToken)
    {
        using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var changed = await ExecuteAsync(
            connection,
            null,
            "UPDATE lead_outbox SET state = 5, completed_at = $now, lease_owner = NULL, lease_token = NULL, lease_expires_at = NULL " +
            "WHERE id = $id AND ((state = 0 AND in_doubt = 0 AND (lease_expires_at IS NULL OR lease_expires_at <= $now)) OR state = 4);",
            cancellationToken,
            ("$now", Milliseconds(now)),
            ("$id", id)).ConfigureAwait(false);
        return changed == 1;
    }

    private static long Milliseconds(DateTimeOffset value) => value.ToUnixTimeMilliseconds();

    private static DateTimeOffset Truncate(DateTimeOffset value) => DateTimeOffset.FromUnixTimeMilliseconds(value.ToUnixTimeMilliseconds());

    private static DateTimeOffset? ReadTime(SqliteDataReader reader, int ordinal)
        => reader.IsDBNull(ordinal) ? null : DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(ordinal));

    private static string? ReadString(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static LeadOutboxItem ReadItem(SqliteDataReader reader) => new()
    {
        Id = reader.GetInt64(0),
        Api = (LeadDeliveryApi)reader.GetInt32(1),
        State = (LeadDeliveryState)reader.GetInt32(2),
        Payload = reader.GetString(3),
        EnqueuedAt = DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(4)),
        Deadline = DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(5)),
        NextAttemptAt = DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(6)),
        Attempts = reader.GetInt32(7),
        FirstAttemptStartedAt = ReadTime(reader, 8),
        LastAttemptStartedAt = ReadTime(reader, 9),
        InDoubt = reader.GetInt32(10) != 0,
        LeaseOwner = ReadString(reader, 11),
        LeaseExpiresAt = ReadTime(reader, 12),
        CompletedAt = ReadTime(reader, 13),
        Reason = ReadString(reader, 14),
        ApiIdentifiers = ReadString(reader, 15),
    };

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }

    private static async Task<int> ExecuteAsync(SqliteConnection connection, SqliteTransaction? transaction, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(connection, transaction, sql, parameters);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task<object?> ScalarAsync(SqliteConnection connection, SqliteTransaction? transaction, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(connection, transaction, sql, parameters);
        var value = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        return value is DBNull ? null : value;
    }

    private static async Task<List<LeadOutboxItem>> QueryAsync(SqliteConnection connection, SqliteTransaction? transaction, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(connection, transaction, sql, parameters);
        using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var items = new List<LeadOutboxItem>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            items.Add(ReadItem(reader));
        }

        return items;
    }

    private async Task<bool> UpdateLeasedAsync(LeadOutboxLease lease, string assignments, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        ArgumentNullException.ThrowIfNull(lease);
        using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var changed = await ExecuteAsync(
            connection,
            null,
            $"UPDATE lead_outbox SET {assignments} WHERE id = $id AND lease_token = $token AND state = 0;",
            cancellationToken,
            [.. parameters, ("$id", lease.Item.Id), ("$token", lease.Token)]).ConfigureAwait(false);
        return changed == 1;
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);

            // Per connection: wait for another process's write instead of failing, and sync every commit to disk (in
            // WAL mode NORMAL could lose the last commits on power loss, and "enqueued" must mean "on disk").
            await ExecuteAsync(connection, null, $"PRAGMA busy_timeout = {BusyTimeoutMilliseconds}; PRAGMA synchronous = FULL;", cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }
}
