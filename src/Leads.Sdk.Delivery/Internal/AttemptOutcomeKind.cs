namespace Leads.Sdk.Delivery.Internal;

/// <summary>The kinds of <see cref="AttemptOutcome"/>.</summary>
internal enum AttemptOutcomeKind
{
    /// <summary>The API has the lead.</summary>
    Delivered,

    /// <summary>The API refused the lead with reasons; never retried.</summary>
    Rejected,

    /// <summary>The lead surely did not reach the API (or was surely not created): retried after a delay.</summary>
    Transient,

    /// <summary>The request may have reached the API: never re-sent before it is settled.</summary>
    MayHaveReachedServer,

    /// <summary>Settled: the API does not have the lead, so it may be sent.</summary>
    NotReceived,

    /// <summary>Settled as undecidable: the delivery becomes Unknown.</summary>
    Unknown,
}
