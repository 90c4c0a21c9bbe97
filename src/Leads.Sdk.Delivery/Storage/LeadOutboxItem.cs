namespace Leads.Sdk.Delivery.Storage;

/// <summary>One stored delivery, as read from the store.</summary>
internal sealed record LeadOutboxItem
{
    /// <summary>The identifier (arrival order).</summary>
    public required long Id { get; init; }

    /// <summary>The API.</summary>
    public required LeadDeliveryApi Api { get; init; }

    /// <summary>The state.</summary>
    public required LeadDeliveryState State { get; init; }

    /// <summary>The request's JSON (see <c>LeadPayloadSerializer</c>).</summary>
    public required string Payload { get; init; }

    /// <summary>When it was enqueued.</summary>
    public required DateTimeOffset EnqueuedAt { get; init; }

    /// <summary>When it expires if undelivered.</summary>
    public required DateTimeOffset Deadline { get; init; }

    /// <summary>When a pending delivery is next due.</summary>
    public required DateTimeOffset NextAttemptAt { get; init; }

    /// <summary>How many attempts were started (<c>MarkAttemptStartedAsync</c> calls).</summary>
    public int Attempts { get; init; }

    /// <summary>When the first attempt started.</summary>
    public DateTimeOffset? FirstAttemptStartedAt { get; init; }

    /// <summary>When the latest attempt started.</summary>
    public DateTimeOffset? LastAttemptStartedAt { get; init; }

    /// <summary>True when the latest request may have reached the server and nothing settled it yet.</summary>
    public bool InDoubt { get; init; }

    /// <summary>The worker holding the lease, if any (the lease may have expired).</summary>
    public string? LeaseOwner { get; init; }

    /// <summary>When the lease ends, if leased.</summary>
    public DateTimeOffset? LeaseExpiresAt { get; init; }

    /// <summary>When the delivery reached a final state.</summary>
    public DateTimeOffset? CompletedAt { get; init; }

    /// <summary>The last reason recorded (API reasons, transient error, why unknown). Never a secret.</summary>
    public string? Reason { get; init; }

    /// <summary>The API's identifiers of a delivered lead, as a JSON object of strings, or null.</summary>
    public string? ApiIdentifiers { get; init; }
}
