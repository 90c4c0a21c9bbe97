using Leads.Sdk.Delivery.Storage;
using Npgsql;

namespace Leads.Sdk.Delivery;

/// <summary>Chooses the PostgreSQL store, which lets workers on many machines share one outbox.</summary>
public static class PostgreSqlLeadDeliveryOptionsExtensions
{
    /// <summary>
    /// Uses the PostgreSQL database at <paramref name="connectionString"/> instead of the SQLite file. The outbox creates
    /// its tables (<c>leads_outbox</c>, <c>leads_outbox_schema</c>) in the connection's default schema on start and
    /// migrates them when a newer package needs it; processes starting together take turns. Every worker leases
    /// deliveries for <see cref="LeadDeliveryOptions.LeaseDuration"/>, so a dead worker's leads are taken over by the others.
    /// </summary>
    /// <param name="options">The options.</param>
    /// <param name="connectionString">An Npgsql connection string, e.g. <c>Host=db;Database=leads;Username=app;Password=…</c>.</param>
    /// <returns>The options.</returns>
    public static LeadDeliveryOptions UsePostgreSql(this LeadDeliveryOptions options, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);

        // Parsed now so a mistyped keyword fails at configuration, not when the first lead is enqueued.
        _ = new NpgsqlConnectionStringBuilder(connectionString);
        options.StoreFactory = _ => new PostgreSqlLeadOutboxStore(connectionString);
        return options;
    }
}
