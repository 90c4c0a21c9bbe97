namespace Leads.Sdk.Delivery.Storage;

/// <summary>
/// The SQLite schema as numbered migrations: migration N brings version N-1 to N. Never edit a shipped one; add the next.
/// Times are Unix milliseconds (UTC); <c>api</c> and <c>state</c> are the enums' numbers.
/// </summary>
internal static class SqliteLeadOutboxSchema
{
    public static IReadOnlyList<string> Migrations { get; } =
    [
        """
        CREATE TABLE lead_outbox (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            api INTEGER NOT NULL,
            state INTEGER NOT NULL,
            payload TEXT NOT NULL,
            enqueued_at INTEGER NOT NULL,
            deadline INTEGER NOT NULL,
            next_attempt_at INTEGER NOT NULL,
            attempts INTEGER NOT NULL DEFAULT 0,
            first_attempt_started_at INTEGER NULL,
            last_attempt_started_at INTEGER NULL,
            in_doubt INTEGER NOT NULL DEFAULT 0,
            lease_owner TEXT NULL,
            lease_token TEXT NULL,
            lease_expires_at INTEGER NULL,
            completed_at INTEGER NULL,
            reason TEXT NULL,
            api_identifiers TEXT NULL);
        CREATE INDEX ix_lead_outbox_state_id ON lead_outbox (state, id);
        """,
    ];
}
