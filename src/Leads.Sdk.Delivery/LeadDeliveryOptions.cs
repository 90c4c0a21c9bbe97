using Leads.Sdk.Delivery.Storage;

namespace Leads.Sdk.Delivery;

/// <summary>How the outbox stores and delivers leads. Every value has a working default.</summary>
public sealed class LeadDeliveryOptions
{
    /// <summary>The default SQLite file name, relative to the current directory.</summary>
    public const string DefaultSqlitePath = "leads-outbox.db";

    /// <summary>The SQLite file the outbox uses when no other store is chosen; <see cref="DefaultSqlitePath"/> by default.</summary>
    public string SqlitePath { get; set; } = DefaultSqlitePath;

    /// <summary>How long a lead may wait for delivery before it becomes <see cref="LeadDeliveryState.Expired"/>; 24 hours by default.</summary>
    public TimeSpan DeliveryDeadline { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How many leads one worker sends at once; 4 by default.</summary>
    public int MaxConcurrency { get; set; } = 4;

    /// <summary>How long a worker owns a leased lead before another worker may take it over; 2 minutes by default. Renewed while sending.</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How long an idle worker waits before looking for due leads again; 1 second by default.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The first retry delay after a transient failure; doubled per attempt up to <see cref="MaxRetryDelay"/>. 2 seconds by default.</summary>
    public TimeSpan InitialRetryDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The longest retry delay (a longer <c>Retry-After</c> is still honoured); 5 minutes by default.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// The LeadExec fields sent to the duplicate check when an insert may have reached the server; those the lead has are
    /// sent. <c>Email</c> and <c>Phone</c> by default (the doc's example field, and the usual second one); set them to
    /// the fields your LeadExec account uses to detect duplicates.
    /// </summary>
    public IList<string> LeadExecDuplicateCheckFields { get; } = ["Email", "Phone"];

    /// <summary>
    /// How much earlier than the first attempt's start a duplicate's <c>ReceivedOn</c> may be and still count as this
    /// lead: covers the server's clock and its whole-second times. 1 minute by default.
    /// </summary>
    public TimeSpan LeadExecDuplicateClockTolerance { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The health check reports Degraded when the oldest pending lead has waited longer than this; 15 minutes by default.</summary>
    public TimeSpan HealthDegradedAfter { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Whether the hosted worker runs in this process; true by default (false for an app that only enqueues).</summary>
    public bool RunWorker { get; set; } = true;

    /// <summary>Uses the SQLite file at <paramref name="path"/> (created with its schema when missing).</summary>
    /// <param name="path">The file's path.</param>
    /// <returns>These options.</returns>
    public LeadDeliveryOptions UseSqlite(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        SqlitePath = path;
        StoreFactory = null;
        return this;
    }

    /// <summary>Makes the store; null means SQLite at <see cref="SqlitePath"/>. Set by other stores' <c>UseXxx</c> methods.</summary>
    internal Func<IServiceProvider, ILeadOutboxStore>? StoreFactory { get; set; }
}
