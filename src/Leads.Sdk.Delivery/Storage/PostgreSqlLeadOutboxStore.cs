using Npgsql;

namespace Leads.Sdk.Delivery.Storage;

/// <summary>
/// The shared store: one PostgreSQL table that workers on many machines lease from. A lease is taken with
/// <c>FOR UPDATE SKIP LOCKED</c> (workers never wait on each other's rows, and never get the same row) and expires, so a
/// dead worker's deliveries are taken over. Every write a worker makes is conditioned on its lease token.
/// </summary>
/// <remarks>
/// The table lives in the connection's default schema (choose another with <c>Search Path</c> in the connection string).
/// A commit is durable as the server's <c>synchronous_commit</c> makes it (on by default). The data source is built with
/// <see cref="NpgsqlSlimDataSourceBuilder"/>, which keeps trimming and native AOT working; only basic types are used.
/// </remarks>
internal sealed class PostgreSqlLeadOutboxStore : ILeadOutboxStore, IAsyncDisposable, IDisposable
{
    private const string Columns =
        "id, api, state, payload, enqueued_at, deadline, next_attempt_at, attempts, first_attempt_started_at, "
        + "last_attempt_started_at, in_doubt, lease_owner, lease_token, lease_expires_at, completed_at, reason, api_identifiers";

    private const short Pending = (short)LeadDeliveryState.Pending;

    private static readonly string ColumnsOfUpdatedRow = string.Join(", ", Columns.Split(", ").Select(column => "o." + column));

    private readonly NpgsqlDataSource _dataSource;
    private readonly bool _ownsDataSource;

    /// <summary>Creates a store that owns a data source built from <paramref name="connectionString"/>.</summary>
    public PostgreSqlLeadOutboxStore(string connectionString)
        : this(new NpgsqlSlimDataSourceBuilder(connectionString).Build(), ownsDataSource: true)
    {
    }

    /// <summary>Creates a store over <paramref name="dataSource"/>; disposes it only when <paramref name="ownsDataSource"/>.</summary>
    public PostgreSqlLeadOutboxStore(NpgsqlDataSource dataSource, bool ownsDataSource)
    {
        _dataSource = dataSource;
        _ownsDataSource = ownsDataSource;
    }

    public Task InitializeAsync(CancellationToken cancellationToken) => PostgreSqlOutboxSchema.MigrateAsync(_dataSource, cancellationToken);

    public async Task<long> EnqueueAsync(LeadOutboxNewItem item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        using var command = _dataSource.CreateCommand(
            """
            INSERT INTO leads_outbox (api, state, payload, enqueued_at, deadline, next_attempt_at)
            VALUES (@api, @pending, @payload, @enqueued_at, @deadline, @enqueued_at)
            RETURNING id
            """);
        command.Parameters.Add(new NpgsqlParameter<short>("api", (short)item.Api));
        command.Parameters.Add(new NpgsqlParameter<short>("pending", Pending));
        command.Parameters.Add(new NpgsqlParameter<string>("payload", item.Payload));
        command.Parameters.Add(Time("enqueued_at", item.EnqueuedAt));
        command.Parameters.Add(Time("deadline", item.Deadline));
        return (long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
    }

    public async Task<IReadOnlyList<LeadOutboxLease>> LeaseNextAsync(string workerId, int maxItems, DateTimeOffset now, TimeSpan leaseDuration, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(workerId);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxItems);

        // One statement: the rows are chosen and leased atomically. SKIP LOCKED passes over rows another worker is leasing
        // right now; a row whose lease another worker committed meanwhile is re-checked against the WHERE clause (READ
        // COMMITTED re-evaluates a locked row's newest version) and dropped, so no row is leased twice.
        using var command = _dataSource.CreateCommand(
            $"""
            WITH due AS (
                SELECT id FROM leads_outbox
                WHERE state = @pending AND next_attempt_at <= @now AND (lease_expires_at IS NULL OR lease_expires_at <= @now)
                ORDER BY id
                LIMIT @max
                FOR UPDATE SKIP LOCKED
            )
            UPDATE leads_outbox AS o
            SET lease_owner = @owner, lease_token = gen_random_uuid()::text, lease_expires_at = @expires
            FROM due
            WHERE o.id = due.id
            RETURNING {ColumnsOfUpdatedRow}
            """);
        command.Parameters.Add(new NpgsqlParameter<short>("pending", Pending));
        command.Parameters.Add(Time("now", now));
        command.Parameters.Add(new NpgsqlParameter<int>("max", maxItems));
        command.Parameters.Add(new NpgsqlParameter<string>("owner", workerId));
        command.Parameters.Add(Time("expires", now + leaseDuration));

        var leases = new List<LeadOutboxLease>();
        foreach (var item in await ReadItemsAsync(command, cancellationToken).ConfigureAwait(false))
        {
            leases.Add(new LeadOutboxLease(item.Item, item.LeaseToken!));
        }

        // RETURNING gives no order; arrival order is the contract.
        leases.Sort((left, right) => left.Item.Id.CompareTo(right.Item.Id));
        return leases;
    }

    public Task<bool> MarkAttemptStartedAsync(LeadOutboxLease lease, DateTimeOffset now, CancellationToken cancellationToken) =>
        UpdateLeasedAsync(
            lease,
            """
            attempts = attempts + 1,
            last_attempt_started_at = @now,
            first_attempt_started_at = COALESCE(first_attempt_started_at, @now),
            in_doubt = true
            """,
            [Time("now", now)],
            cancellationToken);

    public Task<bool> CompleteAsync(LeadOutboxLease lease, LeadOutboxCompletion completion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(completion);
        if (completion.State == LeadDeliveryState.Pending)
        {
            throw new ArgumentException("A completion's state is final, never Pending.", nameof(completion));
        }

        return UpdateLeasedAsync(
            lease,
            """
            state = @state, reason = @reason, api_identifiers = @api_identifiers, completed_at = @completed_at, in_doubt = false,
            lease_owner = NULL, lease_token = NULL, lease_expires_at = NULL
            """,
            [
                new NpgsqlParameter<short>("state", (short)completion.State),
                Text("reason", completion.Reason),
                Text("api_identifiers", completion.ApiIdentifiers),
                Time("completed_at", completion.CompletedAt),
            ],
            cancellationToken);
    }

    public Task<bool> RescheduleAsync(LeadOutboxLease lease, DateTimeOffset nextAttemptAt, string? reason, bool inDoubt, CancellationToken cancellationToken) =>
        UpdateLeasedAsync(
            lease,
            """
            next_attempt_at = @next_attempt_at, reason = @reason, in_doubt = @in_doubt,
            lease_owner = NULL, lease_token = NULL, lease_expires_at = NULL
            """,
            [Time("next_attempt_at", nextAttemptAt), Text("reason", reason), new NpgsqlParameter<bool>("in_doubt", inDoubt)],
            cancellationToken);

    public Task<bool> RenewLeaseAsync(LeadOutboxLease lease, DateTimeOffset now, TimeSpan leaseDuration, CancellationToken cancellationToken) =>
        UpdateLeasedAsync(lease, "lease_expires_at = @expires", [Time("expires", now + leaseDuration)], cancellationToken);

    public async Task<LeadOutboxItem?> GetAsync(long id, CancellationToken cancellationToken)
    {
        using var command = _dataSource.CreateCommand($"SELECT {Columns} FROM leads_outbox WHERE id = @id");
        command.Parameters.Add(new NpgsqlParameter<long>("id", id));
        var items = await ReadItemsAsync(command, cancellationToken).ConfigureAwait(false);
        return items.Count == 0 ? null : items[0].Item;
    }

    public async Task<IReadOnlyList<LeadOutboxItem>> ListAsync(LeadDeliveryState state, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        using var command = _dataSource.CreateCommand($"SELECT {Columns} FROM leads_outbox WHERE state = @state ORDER BY id LIMIT @limit");
        command.Parameters.Add(new NpgsqlParameter<short>("state", (short)state));
        command.Parameters.Add(new NpgsqlParameter<int>("limit", limit));
        var items = await ReadItemsAsync(command, cancellationToken).ConfigureAwait(false);
        return items.ConvertAll(row => row.Item);
    }

    public async Task<LeadOutboxCounts> GetCountsAsync(CancellationToken cancellationToken)
    {
        // Both in one statement, so the oldest pending time and the counts come from the same snapshot.
        using var command = _dataSource.CreateCommand(
            """
            SELECT api, state, COUNT(*), MIN(enqueued_at) FILTER (WHERE state = @pending)
            FROM leads_outbox
            GROUP BY api, state
            """);
        command.Parameters.Add(new NpgsqlParameter<short>("pending", Pending));

        var counts = new Dictionary<(LeadDeliveryApi Api, LeadDeliveryState State), long>();
        DateTimeOffset? oldestPending = null;
        var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await using (reader.ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                counts[((LeadDeliveryApi)reader.GetInt16(0), (LeadDeliveryState)reader.GetInt16(1))] = reader.GetInt64(2);
                if (!reader.IsDBNull(3))
                {
                    var enqueuedAt = reader.GetFieldValue<DateTimeOffset>(3);
                    if (oldestPending is null || enqueuedAt < oldestPending)
                    {
                        oldestPending = enqueuedAt;
                    }
                }
            }
        }

        return new LeadOutboxCounts(counts, oldestPending);
    }

    public async Task<bool> RequeueAsync(long id, DateTimeOffset now, DateTimeOffset deadline, CancellationToken cancellationToken)
    {
        using var command = _dataSource.CreateCommand(
            """
            UPDATE leads_outbox
            SET state = @pending, next_attempt_at = @now, deadline = @deadline, in_doubt = false, completed_at = NULL,
                lease_owner = NULL, lease_token = NULL, lease_expires_at = NULL
            WHERE id = @id AND state IN (@rejected, @expired, @unknown, @cancelled)
            """);
        command.Parameters.Add(new NpgsqlParameter<long>("id", id));
        command.Parameters.Add(new NpgsqlParameter<short>("pending", Pending));
        command.Parameters.Add(Time("now", now));
        command.Parameters.Add(Time("deadline", deadline));
        command.Parameters.Add(new NpgsqlParameter<short>("rejected", (short)LeadDeliveryState.Rejected));
        command.Parameters.Add(new NpgsqlParameter<short>("expired", (short)LeadDeliveryState.Expired));
        command.Parameters.Add(new NpgsqlParameter<short>("unknown", (short)LeadDeliveryState.Unknown));
        command.Parameters.Add(new NpgsqlParameter<short>("cancelled", (short)LeadDeliveryState.Cancelled));
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }

    public async Task<bool> CancelAsync(long id, DateTimeOffset now, CancellationToken cancellationToken)
    {
        using var command = _dataSource.CreateCommand(
            """
            UPDATE leads_outbox
            SET state = @cancelled, completed_at = @now, in_doubt = false, lease_owner = NULL, lease_token = NULL, lease_expires_at = NULL
            WHERE id = @id
              AND ((state = @pending AND NOT in_doubt AND (lease_expires_at IS NULL OR lease_expires_at <= @now)) OR state = @unknown)
            """);
        command.Parameters.Add(new NpgsqlParameter<long>("id", id));
        command.Parameters.Add(Time("now", now));
        command.Parameters.Add(new NpgsqlParameter<short>("pending", Pending));
        command.Parameters.Add(new NpgsqlParameter<short>("unknown", (short)LeadDeliveryState.Unknown));
        command.Parameters.Add(new NpgsqlParameter<short>("cancelled", (short)LeadDeliveryState.Cancelled));
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }

    public ValueTask DisposeAsync() => _ownsDataSource ? _dataSource.DisposeAsync() : ValueTask.CompletedTask;

    public void Dispose()
    {
        if (_ownsDataSource)
        {
            _dataSource.Dispose();
        }
    }

    /// <summary>Applies <paramref name="assignments"/> to a delivery only while <paramref name="lease"/> still holds it.</summary>
    /// <returns>False when the lease was lost (taken over, or released by an earlier write).</returns>
    private async Task<bool> UpdateLeasedAsync(LeadOutboxLease lease, string assignments, NpgsqlParameter[] parameters, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lease);
        using var command = _dataSource.CreateCommand($"UPDATE leads_outbox SET {assignments} WHERE id = @id AND lease_token = @token AND state = @pending");
        command.Parameters.AddRange(parameters);
        command.Parameters.Add(new NpgsqlParameter<long>("id", lease.Item.Id));
        command.Parameters.Add(new NpgsqlParameter<string>("token", lease.Token));
        command.Parameters.Add(new NpgsqlParameter<short>("pending", Pending));
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }

    private static async Task<List<(LeadOutboxItem Item, string? LeaseToken)>> ReadItemsAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        var items = new List<(LeadOutboxItem Item, string? LeaseToken)>();
        var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await using (reader.ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var item = new LeadOutboxItem
                {
                    Id = reader.GetInt64(0),
                    Api = (LeadDeliveryApi)reader.GetInt16(1),
                    State = (LeadDeliveryState)reader.GetInt16(2),
                    Payload = reader.GetString(3),
                    EnqueuedAt = reader.GetFieldValue<DateTimeOffset>(4),
                    Deadline = reader.GetFieldValue<DateTimeOffset>(5),
                    NextAttemptAt = reader.GetFieldValue<DateTimeOffset>(6),
                    Attempts = reader.GetInt32(7),
                    FirstAttemptStartedAt = OptionalTime(reader, 8),
                    LastAttemptStartedAt = OptionalTime(reader, 9),
                    InDoubt = reader.GetBoolean(10),
                    LeaseOwner = OptionalText(reader, 11),
                    LeaseExpiresAt = OptionalTime(reader, 13),
                    CompletedAt = OptionalTime(reader, 14),
                    Reason = OptionalText(reader, 15),
                    ApiIdentifiers = OptionalText(reader, 16),
                };
                items.Add((item, OptionalText(reader, 12)));
            }
        }

        return items;
    }

    /// <summary>A time parameter: UTC (what <c>timestamptz</c> takes) to the millisecond (what the contract stores).</summary>
    private static NpgsqlParameter<DateTimeOffset> Time(string name, DateTimeOffset value)
    {
        var utc = value.ToUniversalTime();
        return new NpgsqlParameter<DateTimeOffset>(name, utc.AddTicks(-(utc.Ticks % TimeSpan.TicksPerMillisecond)));
    }

    private static NpgsqlParameter Text(string name, string? value) =>
        new(name, NpgsqlTypes.NpgsqlDbType.Text) { Value = value is null ? DBNull.Value : value };

    private static DateTimeOffset? OptionalTime(NpgsqlDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetFieldValue<DateTimeOffset>(ordinal);

    private static string? OptionalText(NpgsqlDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
