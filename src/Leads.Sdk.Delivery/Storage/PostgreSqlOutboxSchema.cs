using Npgsql;

namespace Leads.Sdk.Delivery.Storage;

/// <summary>
/// Creates and migrates the PostgreSQL outbox's tables. Migrations only ever add; each runs once, in order, recorded in
/// <c>leads_outbox_schema</c>. The whole migration holds a transaction-scoped advisory lock, so processes that start
/// together run it one after another (PostgreSQL's <c>CREATE TABLE IF NOT EXISTS</c> alone is not safe under a race).
/// </summary>
internal static class PostgreSqlOutboxSchema
{
    /// <summary>The advisory lock key: "LeadsSDK" in ASCII, so an operator can tell whose lock it is in <c>pg_locks</c>.</summary>
    private const long MigrationLockKey = 0x4C65_6164_7353_444B;

    /// <summary>The migrations, version N at index N - 1. Append; never edit one that shipped.</summary>
    private static readonly string[] Migrations =
    [
        """
        CREATE TABLE leads_outbox (
            id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            api smallint NOT NULL,
            state smallint NOT NULL,
            payload text NOT NULL,
            enqueued_at timestamptz NOT NULL,
            deadline timestamptz NOT NULL,
            next_attempt_at timestamptz NOT NULL,
            attempts integer NOT NULL DEFAULT 0,
            first_attempt_started_at timestamptz NULL,
            last_attempt_started_at timestamptz NULL,
            in_doubt boolean NOT NULL DEFAULT false,
            lease_owner text NULL,
            lease_token text NULL,
            lease_expires_at timestamptz NULL,
            completed_at timestamptz NULL,
            reason text NULL,
            api_identifiers text NULL
        );
        -- Serves leasing (state = Pending, lowest id first), listing by state and counting.
        CREATE INDEX leads_outbox_state_id ON leads_outbox (state, id);
        """,
    ];

    /// <summary>Brings the schema to the newest version; does nothing when it is there already.</summary>
    public static async Task MigrateAsync(NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                await ExecuteAsync("SELECT pg_advisory_xact_lock(@key)", new NpgsqlParameter<long>("key", MigrationLockKey)).ConfigureAwait(false);

                // Looked up rather than CREATE TABLE IF NOT EXISTS, which needs the CREATE privilege even when the table
                // exists: an app whose database user may only read and write the tables must start too.
                var current = 0;
                if (await ScalarAsync<bool>("SELECT to_regclass('leads_outbox_schema') IS NULL").ConfigureAwait(false))
                {
                    await ExecuteAsync("CREATE TABLE leads_outbox_schema (version integer PRIMARY KEY)").ConfigureAwait(false);
                }
                else
                {
                    current = await ScalarAsync<int>("SELECT COALESCE(MAX(version), 0) FROM leads_outbox_schema").ConfigureAwait(false);
                }

                for (var version = current + 1; version <= Migrations.Length; version++)
                {
                    await ExecuteAsync(Migrations[version - 1]).ConfigureAwait(false);
                    await ExecuteAsync("INSERT INTO leads_outbox_schema (version) VALUES (@version)", new NpgsqlParameter<int>("version", version)).ConfigureAwait(false);
                }

                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);

                async Task ExecuteAsync(string sql, NpgsqlParameter? parameter = null)
                {
                    using var command = new NpgsqlCommand(sql, connection, transaction);
                    if (parameter is not null)
                    {
                        command.Parameters.Add(parameter);
                    }

                    await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }

                async Task<T> ScalarAsync<T>(string sql)
                {
                    using var command = new NpgsqlCommand(sql, connection, transaction);
                    return (T)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
                }
            }
        }
    }
}
